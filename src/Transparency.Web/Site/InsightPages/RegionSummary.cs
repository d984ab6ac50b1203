using Transparency.Web.Domain.Places;
using Transparency.Web.Insights.Regions;
using Transparency.Web.Site.Charts;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.InsightPages;

/// <summary>
/// The regional variation page's overview: for each region, on how many comparable measures it is in the best,
/// middle and worst third, as a hex map shaded by the share in the best third and as the table that is its alternative.
/// </summary>
public static class RegionSummary
{
    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        ["E12000003"] = "Yorkshire",
        ["E12000004"] = "E Midlands",
        ["E12000005"] = "W Midlands",
        ["E12000006"] = "East",
        ["N92000002"] = "N Ireland",
    };

    public static (string Map, SiteTable Table) For(SitePeriod period, IReadOnlyList<RegionalVariationRow> rows)
    {
        var regions = rows.GroupBy(r => r.AreaCode)
            .Select(g => (Code: g.Key, Rated: g.Count(), Green: g.Count(r => r.Rag == RegionInsights.Green), Amber: g.Count(r => r.Rag == RegionInsights.Amber), Red: g.Count(r => r.Rag == RegionInsights.Red)))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var table = new SiteTable($"Regions at a glance, {period.LatestDue}",
            [new("Region"), new("ONS code"), new("Measures rated", true), new("Best third (green)", true), new("Middle third (amber)", true), new("Worst third (red)", true)],
            regions.Select(r => (IReadOnlyList<SiteCell>)[AreaNames.NameOf(r.Code), r.Code, SiteFormat.Number(r.Rated), SiteFormat.Number(r.Green), SiteFormat.Number(r.Amber), SiteFormat.Number(r.Red)]).ToList(),
            "regions-at-a-glance.csv", ODataLinks.KpiResultsForQuarter(period.LatestDue.Code));

        // England's regions always have a tile, so a region without comparable results shows as such; the nations only when they have data.
        var codes = AreaNames.All.Where(a => a.Kind == OnsAreaKind.Region).Select(a => a.Code).Union(regions.Select(r => r.Code)).Where(HexMap.Places);
        var byCode = regions.ToDictionary(r => r.Code);
        var tiles = codes.Select(code => byCode.TryGetValue(code, out var r)
                ? new HexTile(code, Short(code), $"{r.Green} of {r.Rated} best", $"{r.Red} worst", Shade(r.Green, r.Rated))
                : new HexTile(code, Short(code), "No results", string.Empty, null))
            .ToList();
        var map = regions.Count == 0 ? string.Empty : HexMap.Draw("region-map", $"Regions at a glance, {period.LatestDue}",
            "Hex map with one equal hexagon per region, placed roughly where it lies. Each hexagon gives the number of comparable measures on which the region is in the best third of regions, out of those rated, and the number on which it is in the worst third; darker blue means a larger share in the best third. The same figures are in the table below the map.",
            tiles, ["Best third on under a quarter of measures", "A quarter to a half", "A half to three quarters", "Three quarters or more", "No comparable results"]);
        return (map, table);
    }

    private static int? Shade(int green, int rated) => rated == 0 ? null : Math.Min(3, 4 * green / rated);

    private static string Short(string code) => ShortNames.GetValueOrDefault(code) ?? AreaNames.NameOf(code);
}
