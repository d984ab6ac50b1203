using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>Sector totals, added up from every contract's totals: a sector spans thousands of contracts.</summary>
public static class ReadSectorFigures
{
    private const int TopProviders = 20;

    public static List<SectorFigures> Run(IReadOnlyList<Quarter> window, IReadOnlyList<SiteContract> contracts, SiteTotals totals, ILookup<int, (KpiKind Kind, int Count)> kinds)
    {
        var lastYear = window[^4].Code;
        var bySector = contracts.ToLookup(c => c.Sector);
        return Enum.GetValues<Sector>().Select(sector =>
        {
            var inSector = bySector[sector].ToList();
            var sums = inSector.Select(c => (c.ProviderId, Totals: totals.ByContract.GetValueOrDefault(c.Id))).Where(c => c.Totals is not null).ToList();
            return new SectorFigures(
                sector,
                sums.SelectMany(c => c.Totals!.FundingByQuarter).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Sum(f => f.Value)),
                sums.Where(c => c.Totals!.FundingByQuarter.Keys.Any(q => q >= lastYear))
                    .GroupBy(c => c.ProviderId, c => c.Totals!.FundingByQuarter.Where(f => f.Key >= lastYear).Sum(f => f.Value))
                    .Select(g => (ProviderId: g.Key, Total: g.Sum()))
                    .OrderByDescending(p => p.Total).ThenBy(p => p.ProviderId).Take(TopProviders).ToList(),
                sums.SelectMany(c => c.Totals!.LatestRatings).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Value)),
                inSector.SelectMany(c => kinds[c.Id]).GroupBy(k => k.Kind).ToDictionary(g => g.Key, g => g.Sum(k => k.Count)),
                inSector.Count,
                inSector.Select(c => c.ProviderId).Distinct().Count());
        }).ToList();
    }
}
