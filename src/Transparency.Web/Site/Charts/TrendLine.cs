namespace Transparency.Web.Site.Charts;

/// <summary>
/// The least-squares straight line through a series' reported points, over the quarters from its first to its
/// last result: the direction a KPI is heading, read against its target. Fewer than three points make no trend.
/// </summary>
public static class TrendLine
{
    public const int MinimumPoints = 3;

    public static IReadOnlyList<double?>? Fit(IReadOnlyList<double?> values)
    {
        var points = values.Select((v, i) => (X: (double)i, Y: v)).Where(p => p.Y.HasValue).Select(p => (p.X, Y: p.Y!.Value)).ToList();
        if (points.Count < MinimumPoints)
        {
            return null;
        }

        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var spread = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        var slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / spread;
        var intercept = meanY - slope * meanX;
        var (first, last) = (points[0].X, points[^1].X);
        return values.Select((_, i) => i >= first && i <= last ? intercept + slope * i : (double?)null).ToList();
    }
}
