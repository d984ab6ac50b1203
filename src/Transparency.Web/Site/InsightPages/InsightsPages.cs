using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;
using Transparency.Web.Site.Pages;

namespace Transparency.Web.Site.InsightPages;

/// <summary>
/// The insights index and one page per topic, from the rows <see cref="ReadInsights"/> read. Only full builds
/// write them: they add up the whole market, so an incremental build after one publication leaves the last
/// full build's pages in place (each says which quarters it covers).
/// </summary>
public sealed class InsightsPages : PageSource<InsightsPages.Inputs>
{
    public static IReadOnlyList<InsightTopic> Topics { get; } =
    [
        new("concentration", "Market concentration", "How much of the money goes to the largest groups of providers, overall and in each sector."),
        new("outcome-focus", "Outcome focus", "How many KPIs measure outcomes rather than inputs or outputs, and how much is paid for results."),
        new("subcontracting", "Subcontracting", "How much providers pass on to subcontractors, how much of that reaches small firms and charities, and chains of subcontracting."),
        new("cohort-gaps", "Cohort gaps", "Where some groups of service users get worse results than others from the same service."),
        new("regional-variation", "Regional variation", "How results on comparable KPIs differ between England’s regions, rated green, amber or red."),
        new("timeliness", "Late and missing returns", "How many returns were published on time, late or not at all, quarter by quarter."),
    ];

    /// <summary>What the insights pages read: the insights slice's figures (null on an incremental build), the period, and the organisations and contracts they link.</summary>
    public sealed record Inputs(SitePeriod Period, SiteRegistry Registry, InsightsFigures? Figures);

    protected override Inputs InputsFrom(SiteData data) => new(data.Period, data.Registry, data.Insights.Pages);

    public override IEnumerable<PageJob> Plan(Inputs inputs, SiteContext site)
    {
        if (inputs.Figures is not { } figures)
        {
            yield break;
        }

        yield return new PageJob(SiteUrls.Insights, Index);
        var (period, registry) = (inputs.Period, inputs.Registry);
        var builders = new Func<InsightPage>[]
        {
            () => MoneyInsightTables.Concentration(period, figures), () => MoneyInsightTables.OutcomeFocus(period, figures),
            () => MoneyInsightTables.Subcontracting(period, registry, figures), () => ServiceInsightTables.CohortGaps(period, registry, figures),
            () => ServiceInsightTables.RegionalVariation(period, figures), () => ServiceInsightTables.Timeliness(period, figures),
        };
        for (var i = 0; i < Topics.Count; i++)
        {
            var (topic, build) = (Topics[i], builders[i]);
            yield return new PageJob(topic.Url, () => Page(site, figures, topic, build()));
        }
    }

    private static SitePage Index()
    {
        var meta = new PageMeta(SiteUrls.Insights, "Insights", "What the published figures show across all providers: concentration, outcomes, subcontracting, fairness between groups and regions, and timeliness.")
        {
            Section = "insights",
            Searchable = true,
            ShowsData = false,
            Breadcrumbs = [("Home", SiteUrls.Home)],
        };
        var table = new SiteTable("Insights", [new("Topic"), new("What it shows")],
            Topics.Select(t => (IReadOnlyList<SiteCell>)[new SiteCell(t.Title, t.Url), t.Summary]).ToList(), "insights.csv", null);
        return new SitePage(meta, typeof(ListView), new ListModel("Browse", "Insights", meta.Description, [], table), [table]);
    }

    private static SitePage Page(SiteContext site, InsightsFigures figures, InsightTopic topic, InsightPage page)
    {
        var tables = page.Sections.Select(s => s.Table).ToList();
        var meta = new PageMeta(topic.Url, topic.Title, topic.Summary)
        {
            Section = "insights",
            Searchable = true,
            Breadcrumbs = [("Home", SiteUrls.Home), ("Insights", SiteUrls.Insights)],
            JsonLd = DatasetJsonLd.For(site, topic.Url, $"{topic.Title}: {figures.PeriodLabel}", page.Lead, null, tables, null),
        };
        var facts = page.Facts.Append(("How it is worked out", "Methodology", SiteUrls.Content("methodology"))).ToList();
        return new SitePage(meta, typeof(OrganisationView), new OrganisationModel("Insights", topic.Title, page.Lead, [], facts, page.Chart, page.Sections), tables);
    }
}
