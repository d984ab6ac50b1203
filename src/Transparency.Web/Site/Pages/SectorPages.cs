using Transparency.Web.Domain;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Charts;
using Transparency.Web.Site.InsightPages;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>
/// The sectors index and one page per sector, from totals grouped in the database. Every build writes them:
/// a publication changes their totals.
/// </summary>
public sealed class SectorPages : PageSource<SectorPages.Inputs>
{
    /// <summary>What the sector pages read: each sector's figures and the providers they name.</summary>
    public sealed record Inputs(SitePeriod Period, SiteRegistry Registry, SiteSummaries Summaries);

    protected override Inputs InputsFrom(SiteData data) => new(data.Period, data.Registry, data.Summaries);

    public override IEnumerable<PageJob> Plan(Inputs inputs, SiteContext site)
    {
        yield return new PageJob(SiteUrls.Sectors, () => Index(inputs.Period, inputs.Summaries.Sectors));
        foreach (var figures in inputs.Summaries.Sectors)
        {
            yield return new PageJob(SiteUrls.Sector(figures.Sector), () => Create(inputs.Period, inputs.Registry, site, figures));
        }
    }

    private static SitePage Index(SitePeriod period, IReadOnlyList<SectorFigures> sectors)
    {
        var lastYear = period.LastYear.Select(q => q.Code).ToList();
        var table = new SiteTable("Sectors", [new("Sector"), new("Contracts", true), new("Providers", true), new("Funding in the last year", true)],
            sectors.Select(s =>
            {
                var paid = lastYear.Sum(q => s.FundingByQuarter.GetValueOrDefault(q));
                return (IReadOnlyList<SiteCell>)[new SiteCell(SiteFormat.SectorName(s.Sector), SiteUrls.Sector(s.Sector)), SiteFormat.Number(s.Contracts), SiteFormat.Number(s.Providers),
                    new SiteCell(SiteFormat.Pounds(paid), Csv: SiteFormat.PoundsCsv(paid))];
            }).ToList(),
            "sectors.csv", null);
        var meta = new PageMeta(SiteUrls.Sectors, "Sectors", "Public services by sector: how many contracts, how many providers, and what was paid.")
        {
            Section = "sectors",
            Breadcrumbs = [("Home", SiteUrls.Home)],
        };
        var insights = new LinkGroup("Insights across all sectors", InsightsPages.Topics.Select(t => (t.Title, t.Url)).ToList());
        return new SitePage(meta, typeof(ListView), new ListModel("Browse", "Sectors", meta.Description, [insights], table), [table]);
    }

    private static SitePage Create(SitePeriod period, SiteRegistry registry, SiteContext site, SectorFigures figures)
    {
        var name = SiteFormat.SectorName(figures.Sector);
        var url = SiteUrls.Sector(figures.Sector);
        var funding = new SiteTable("Funding by quarter", [new("Quarter"), new("Funding received", true)],
            period.Window.Where(q => figures.FundingByQuarter.ContainsKey(q.Code)).Select(q => (IReadOnlyList<SiteCell>)[q.ToString(),
                new SiteCell(SiteFormat.Pounds(figures.FundingByQuarter[q.Code]), Csv: SiteFormat.PoundsCsv(figures.FundingByQuarter[q.Code]))]).ToList(),
            "funding-by-quarter.csv", ODataLinks.ContractsInSector(figures.Sector.ToString()));
        var chart = funding.Rows.Count == 0 ? string.Empty : SvgCharts.Bars("funding-chart", $"{name}: funding by quarter",
            $"Bar chart of the total funding received by providers in {name.ToLowerInvariant()} each quarter from {period.Window[0]} to {period.LatestDue}. The figures are in the table that follows.",
            period.Window, period.Window.Select(q => ((double)Money.ToPounds(figures.FundingByQuarter.GetValueOrDefault(q.Code)), SiteFormat.PoundsShort(figures.FundingByQuarter.GetValueOrDefault(q.Code)))).ToList());
        var providers = new SiteTable("Providers paid the most in the last year", [new("Provider"), new("Paid", true)],
            figures.TopProviders.Select(p => (IReadOnlyList<SiteCell>)[new SiteCell(registry.OrganisationName(p.ProviderId), SiteUrls.Provider(registry.Organisations[p.ProviderId].Identifier)),
                new SiteCell(SiteFormat.Pounds(p.PaidLastYearPence), Csv: SiteFormat.PoundsCsv(p.PaidLastYearPence))]).ToList(),
            "top-providers.csv", ODataLinks.ContractsInSector(figures.Sector.ToString()));
        var totalRatings = figures.LatestRatings.Values.Sum();
        var ratings = new SiteTable($"KPI ratings in {period.LatestDue}", [new("Rating"), new("KPI results", true), new("Share", true)],
            Enum.GetValues<KpiRating>().Select(r => (IReadOnlyList<SiteCell>)[new SiteCell(r.Label(), TagClass: SiteFormat.RatingTagClass(r)),
                SiteFormat.Number(figures.LatestRatings.GetValueOrDefault(r)), SiteFormat.Share(figures.LatestRatings.GetValueOrDefault(r), totalRatings)]).ToList(),
            "kpi-ratings.csv", null);
        var totalKinds = figures.KpiKinds.Values.Sum();
        var kinds = new SiteTable("What the KPIs measure", [new("Kind"), new("KPIs", true), new("Share", true)],
            Enum.GetValues<KpiKind>().Select(k => (IReadOnlyList<SiteCell>)[new SiteCell(SiteFormat.KindName(k), TagClass: SiteFormat.KindTagClass(k)),
                SiteFormat.Number(figures.KpiKinds.GetValueOrDefault(k)), SiteFormat.Share(figures.KpiKinds.GetValueOrDefault(k), totalKinds)]).ToList(),
            "kpi-kinds.csv", null);
        var tables = new[] { funding, providers, ratings, kinds };
        var lead = $"{SiteFormat.Number(figures.Contracts)} contracts held by {SiteFormat.Number(figures.Providers)} providers.";
        var meta = new PageMeta(url, $"{name} sector", lead)
        {
            Section = "sectors",
            Searchable = true,
            Breadcrumbs = [("Home", SiteUrls.Home), ("Sectors", SiteUrls.Sectors)],
            JsonLd = DatasetJsonLd.For(site, url, $"{name}: funding and performance of outsourced public services", lead, null, tables, null),
        };
        var summary = KeyFacts.For(period, KeyFigures.ForSector(period, figures), "Paid to providers", counts: true,
            new KeyFactLinks("#funding", SiteUrls.ProvidersInSector(figures.Sector), "#performance", null, null, null));
        var model = new OrganisationModel("Sector", name, lead, summary, [("Providers in this sector", "Providers A to Z in this sector", SiteUrls.ProvidersInSector(figures.Sector)),
            ("Compared with other sectors", "Concentration and outcome focus by sector", SiteUrls.Insights)], chart,
            [("Funding", funding), ("Largest providers", providers), ("Performance", ratings), ("Inputs, outputs and outcomes", kinds)]);
        return new SitePage(meta, typeof(OrganisationView), model, tables);
    }
}
