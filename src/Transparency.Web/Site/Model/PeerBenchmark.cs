namespace Transparency.Web.Site.Model;

/// <summary>
/// How a KPI's comparable peers did in the latest quarter: the whole-service results of the same measure on other
/// contracts in the same sector (methodology, "Peer benchmarks"), as their median and range.
/// </summary>
public sealed record PeerBenchmark(int Peers, double Median, double Lowest, double Highest)
{
    /// <summary>Fewer peers than this and no benchmark is shown: a median of one or two contracts says little.</summary>
    public const int MinimumPeers = 3;

    public static PeerBenchmark? From(IReadOnlyCollection<double> values)
    {
        if (values.Count < MinimumPeers)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new PeerBenchmark(sorted.Count, median, sorted[0], sorted[^1]);
    }
}
