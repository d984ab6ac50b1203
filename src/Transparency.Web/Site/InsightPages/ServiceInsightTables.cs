using System.Globalization;
using Transparency.Web.Domain;
using Transparency.Web.Domain.Places;
using Transparency.Web.Insights.Regions;
using Transparency.Web.Site.Model;
using static Transparency.Web.Site.InsightPages.MoneyInsightTables;

namespace Transparency.Web.Site.InsightPages;

/// <summary>The insights pages about service: cohort gaps, regional variation and timeliness.</summary>
public static class ServiceInsightTables
{
    public static InsightPage CohortGaps(SitePeriod period, SiteRegistry registry, InsightsFigures figures)
    {
        var gaps = new SiteTable($"Largest gaps between cohorts in {period.LatestDue}",
            [new("KPI"), new("Contract"), new("Cohorts by"), new("Whole service", true), new("Best served"), new("Worst served"), new("Gap", true)],
            figures.CohortGaps.Select(g => Row(g.KpiCode, Contract(registry, g.ContractId), g.CohortDimension ?? "not stated", Number(g.WholeServiceActual),
                $"{g.BestCohort} ({Signed(g.BestGap)})", $"{g.WorstCohort} ({Signed(g.WorstGap)})", Number(g.Spread))).ToList(),
            "cohort-gaps.csv", ODataLinks.KpiResultsForQuarter(period.LatestDue.Code));
        return new InsightPage(
            $"Where a KPI’s results are broken down by group of service users, each group is compared with the whole service. A large gap can mean some people are served less well (“parking”) while easier cases get the attention (“creaming”). The {ReadInsights.ListLength} largest gaps are shown; figures in brackets are each cohort’s difference from the whole service, in the KPI’s own units, where a positive difference is better.",
            [("Quarter", period.LatestDue.ToString(), null)], string.Empty, [("Gaps", gaps)]);
    }

    public static InsightPage RegionalVariation(SitePeriod period, InsightsFigures figures)
    {
        var regions = new SiteTable($"Results by region in {period.LatestDue}",
            [new("Measure"), new("Region"), new("ONS code"), new("Results", true), new("Average result", true), new("Rating")],
            figures.Regions.Select(r => Row(r.ComparableMeasure, AreaNames.NameOf(r.AreaCode), r.AreaCode, SiteFormat.Number(r.Results), Number(r.Average),
                new SiteCell(RagLabel(r.Rag), Csv: r.Rag, TagClass: RagTag(r.Rag)))).ToList(),
            "regional-variation.csv", ODataLinks.KpiResultsForQuarter(period.LatestDue.Code));
        var (map, glance) = RegionSummary.For(period, figures.Regions);
        return new InsightPage(
            "For KPIs that measure the same thing in every region, each region’s average result is placed in thirds of the range between the worst and best regions: green for the best third, amber for the middle and red for the worst. Each rating is written out as well as coloured.",
            [("Quarter", period.LatestDue.ToString(), null)], map, [("Regions at a glance", glance), ("Regions", regions)]);
    }

    public static InsightPage Timeliness(SitePeriod period, InsightsFigures figures)
    {
        var quarters = new SiteTable("Returns due each quarter",
            [new("Quarter"), new("Deadline"), new("Due", true), new("On time", true), new("Late", true), new("Missing", true), new("On time share", true), new("Average days late", true)],
            figures.Timeliness.Select(q => Row(new SiteCell(Quarter.FromCode(q.QuarterCode).ToString(), period.Window.Contains(Quarter.FromCode(q.QuarterCode)) ? SiteUrls.ReturnsForQuarter(Quarter.FromCode(q.QuarterCode)) : null),
                new SiteCell(SiteFormat.Date(q.Deadline), Csv: q.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                SiteFormat.Number(q.Due), SiteFormat.Number(q.OnTime), SiteFormat.Number(q.Late), SiteFormat.Number(q.Missing), Percent(q.OnTimePercent),
                q.AverageDaysLate is { } days ? Number(days) : "none late")).ToList(),
            "timeliness.csv", ODataLinks.ReturnsForQuarter(period.LatestDue.Code));
        return new InsightPage(
            "A provider owes a return for every quarter in which one of its contracts was active, once the quarter’s deadline has passed. A return counts as on time from its first publication; a later correction does not make it late.",
            [("Which providers are late", "Late and missing returns by provider", SiteUrls.LateAndMissing)], string.Empty, [("Quarters", quarters)]);
    }

    private static SiteCell Contract(SiteRegistry registry, int contractId) =>
        registry.ContractsById.TryGetValue(contractId, out var contract) ? new SiteCell(contract.Reference, SiteUrls.Contract(contract.Reference)) : "not shown";

    private static SiteCell Number(double value) => new(value.ToString("N1", SiteFormat.Culture), Csv: SiteFormat.Invariant(Math.Round(value, 3)));

    private static string Signed(double value) => value.ToString("+0.0;-0.0;0.0", SiteFormat.Culture);

    private static string RagLabel(string rag) => rag switch
    {
        RegionInsights.Green => "Green: best third",
        RegionInsights.Red => "Red: worst third",
        _ => "Amber: middle third",
    };

    private static string RagTag(string rag) => rag switch
    {
        RegionInsights.Green => "govuk-tag govuk-tag--green",
        RegionInsights.Red => "govuk-tag govuk-tag--red",
        _ => "govuk-tag govuk-tag--yellow",
    };
}
