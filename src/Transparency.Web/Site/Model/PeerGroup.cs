namespace Transparency.Web.Site.Model;

/// <summary>
/// The latest values of one group of comparable KPIs (same sector, measure, kind and unit), sorted once. Each member's
/// benchmark is the group less its own contract's values, found by position: sorting the group again for every member
/// took 80 s of a national build (198,000 KPIs in groups of about 4,000).
/// </summary>
public sealed class PeerGroup
{
    private readonly double[] _values;
    private readonly ILookup<int, int> _positionsByContract;

    public PeerGroup(IEnumerable<(int ContractId, double Value)> members)
    {
        var sorted = members.OrderBy(m => m.Value).ToArray();
        _values = sorted.Select(m => m.Value).ToArray();
        _positionsByContract = sorted.Select((m, position) => (m.ContractId, position)).ToLookup(p => p.ContractId, p => p.position);
    }

    /// <summary>The same figures <see cref="PeerBenchmark.From"/> gives for the group's values without the contract's own.</summary>
    public PeerBenchmark? ExcludingContract(int contractId)
    {
        var excluded = _positionsByContract[contractId].ToArray(); // ascending, as the lookup keeps the sorted order
        return PeerBenchmark.FromRanks(_values.Length - excluded.Length, ValueAt);

        // The value of the given rank among the peers: its position in the whole group, stepping over the contract's own.
        double ValueAt(int rank)
        {
            var position = rank;
            foreach (var own in excluded)
            {
                if (own > position)
                {
                    break;
                }

                position++;
            }

            return _values[position];
        }
    }
}
