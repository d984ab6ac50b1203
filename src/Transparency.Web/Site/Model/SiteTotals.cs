namespace Transparency.Web.Site.Model;

/// <summary>
/// Every contract's <see cref="ContractTotals"/> for one window. The home page's and sector pages' figures are
/// added up from these, so an incremental build re-reads only the contracts in its scope and takes the rest from
/// the previous build's totals instead of summing the whole fact tables again.
/// </summary>
public sealed class SiteTotals(int firstQuarter, int latestQuarter, IReadOnlyDictionary<int, ContractTotals> byContract)
{
    public int FirstQuarter { get; } = firstQuarter;

    public int LatestQuarter { get; } = latestQuarter;

    public IReadOnlyDictionary<int, ContractTotals> ByContract { get; } = byContract;

    public bool Covers(int firstQuarter, int latestQuarter) => FirstQuarter == firstQuarter && LatestQuarter == latestQuarter;

    /// <summary>These totals with the given contracts' replaced by what was read now (a contract without public facts drops out).</summary>
    public SiteTotals With(IEnumerable<int> contractIds, Func<int, ContractTotals> read)
    {
        var merged = new Dictionary<int, ContractTotals>(ByContract);
        foreach (var id in contractIds)
        {
            var totals = read(id);
            if (totals.IsEmpty)
            {
                merged.Remove(id);
            }
            else
            {
                merged[id] = totals;
            }
        }

        return new SiteTotals(FirstQuarter, LatestQuarter, merged);
    }
}
