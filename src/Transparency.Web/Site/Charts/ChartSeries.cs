namespace Transparency.Web.Site.Charts;

/// <summary>How a line is drawn. Lines differ by pattern and marker as well as colour, so colour is never the only signal.</summary>
public enum LineStyle
{
    Solid,
    Dashed,
    Dotted,
}

/// <summary>A line on a chart.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, LineStyle Style, bool Markers)
{
    public string DashAttribute => Style switch
    {
        LineStyle.Dashed => " stroke-dasharray=\"8 6\"",
        LineStyle.Dotted => " stroke-dasharray=\"2 5\" stroke-linecap=\"round\"",
        _ => string.Empty,
    };
}
