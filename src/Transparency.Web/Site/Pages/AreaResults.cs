using Transparency.Web.Domain;
using Transparency.Web.Domain.Places;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>The contract page's table of whole-service KPI results reported area by area in the latest quarter, named from the ONS list.</summary>
public static class AreaResults
{
    public static SiteTable For(SitePeriod period, SiteContract contract, IReadOnlyDictionary<int, SiteKpi> kpis, IReadOnlyList<KpiPoint> results)
    {
        var latest = period.LatestDue.Code;
        var lines = results.Where(r => r.Cohort is null && r.AreaCode is not null && r.QuarterCode == latest && kpis.ContainsKey(r.KpiId)).ToList();

        // One area's line is the contract's own figure, already in the KPI tables: the table is for contracts split by area.
        var split = lines.GroupBy(r => r.KpiId).Where(g => g.Select(r => r.AreaCode).Distinct().Count() > 1).SelectMany(g => g)
            .OrderBy(r => kpis[r.KpiId].Code, StringComparer.Ordinal).ThenBy(r => r.AreaCode, StringComparer.Ordinal);
        return new SiteTable($"KPI results by area, {period.LatestDue}", [new("KPI"), new("Area"), new("ONS code"), new("Actual", true), new("Rating")],
            split.Select(r => (IReadOnlyList<SiteCell>)[
                $"{kpis[r.KpiId].Code} {kpis[r.KpiId].Name}", AreaNames.NameOf(r.AreaCode!), r.AreaCode!,
                new SiteCell(SiteFormat.KpiValue(r.Actual, kpis[r.KpiId].Unit), Csv: SiteFormat.Invariant(r.Actual)),
                new SiteCell(r.Rating.Label(), TagClass: SiteFormat.RatingTagClass(r.Rating))]).ToList(),
            "kpi-areas.csv", ODataLinks.KpiResultsForContract(contract.Id));
    }
}
