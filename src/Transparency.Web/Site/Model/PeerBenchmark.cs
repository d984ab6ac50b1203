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
        var sorted = values.Order().ToList();
        return FromRanks(sorted.Count, rank => sorted[rank]);
    }

    /// <summary>The benchmark of <paramref name="count"/> values, given the value of each rank in ascending order.</summary>
    public static PeerBenchmark? FromRanks(int count, Func<int, double> valueAt)
    {
        if (count < MinimumPeers)
        {
            return null;
        }

        var middle = count / 2;
        var median = count % 2 == 1 ? valueAt(middle) : (valueAt(middle - 1) + valueAt(middle)) / 2;
        return new PeerBenchmark(count, median, valueAt(0), valueAt(count - 1));
    }
}
