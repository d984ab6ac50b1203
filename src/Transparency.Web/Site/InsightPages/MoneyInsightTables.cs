using Transparency.Web.Domain;
using Transparency.Web.Insights.Concentration;
using Transparency.Web.Site.Charts;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.InsightPages;

/// <summary>The insights pages about money: market concentration, outcome focus and subcontracting.</summary>
public static class MoneyInsightTables
{
    public static InsightPage Concentration(SitePeriod period, InsightsFigures figures)
    {
        var odata = ODataLinks.FundingBetween(period.LastYear[0].Code, period.LastYear[^1].Code);
        var groups = new SiteTable($"Largest groups, {figures.PeriodLabel}", [new("Group"), new("Funding received", true), new("Share of all funding", true)],
            figures.LargestGroups.Select(g => Row(g.GroupName, Money(g.FundingPence), Percent(g.SharePercent))).ToList(), "largest-groups.csv", odata);
        var markets = new SiteTable($"Concentration by market, {figures.PeriodLabel}",
            [new("Market"), new("Funding received", true), new("Groups", true), new("HHI", true), new("Top five share", true), new("Concentration")],
            figures.Concentration.Select(m => Row(MarketName(m.MarketName), Money(m.FundingPence), SiteFormat.Number(m.Groups),
                new SiteCell(m.Hhi.ToString("N0", SiteFormat.Culture), Csv: SiteFormat.Invariant(m.Hhi)), Percent(m.TopFiveSharePercent),
                new SiteCell(m.Band, TagClass: BandTag(m.Band)))).ToList(), "concentration.csv", odata);
        var overall = figures.Concentration.FirstOrDefault(m => m.MarketKey == "all");
        var chart = ShareBars.Draw("groups-chart", $"Largest groups’ share of all funding, {figures.PeriodLabel}",
            "Horizontal bars, one for each of the ten groups of providers that received the most funding, with each group’s percentage share written beside its bar. The figures are in the table that follows.",
            figures.LargestGroups.Select(g => (g.GroupName, g.SharePercent)).ToList());
        IReadOnlyList<(string, string, string?)> facts = overall is null ? [("Period", figures.PeriodLabel, null)] :
        [
            ("Period", figures.PeriodLabel, null),
            ("Concentration of all funding (HHI, 0 to 10,000)", $"{overall.Hhi.ToString("N0", SiteFormat.Culture)}: {overall.Band.ToLowerInvariant()}", null),
            ("Share of the five largest groups", SiteFormat.Percent(overall.TopFiveSharePercent), null),
        ];
        return new InsightPage(
            "The Herfindahl–Hirschman Index (HHI) adds up the squared percentage shares of every group of providers: below 1,000 is low concentration, above 2,000 high. Providers in the same parent group count as one.",
            facts, chart, [("Largest groups", groups), ("Each market", markets)]);
    }

    public static InsightPage OutcomeFocus(SitePeriod period, InsightsFigures figures)
    {
        var kpis = new SiteTable("KPIs by what they measure, by sector", [new("Sector"), new("KPIs", true), new("Inputs", true), new("Outputs", true), new("Outcomes", true), new("Outcome share", true)],
            figures.KpiMixBySector.Select(m => Row(MarketName(m.Name), SiteFormat.Number(m.Kpis), SiteFormat.Number(m.Inputs), SiteFormat.Number(m.Outputs),
                SiteFormat.Number(m.Outcomes), Percent(m.OutcomeShare))).ToList(), "kpi-mix.csv", ODataLinks.KpiDefinitions());
        var money = new SiteTable($"Funding by how it was paid, {figures.PeriodLabel}",
            [new("Market"), new("Fees", true), new("Outcome payments", true), new("Grants", true), new("Service credits", true), new("Paid for results", true)],
            figures.FundingMix.Select(m => Row(MarketName(m.Name), Money(m.FeePence), Money(m.OutcomePaymentPence), Money(m.GrantPence), Money(m.ServiceCreditPence),
                m.OutcomePaymentShare is { } share ? Percent(share) : "nothing paid")).ToList(),
            "funding-mix.csv", ODataLinks.FundingBetween(period.LastYear[0].Code, period.LastYear[^1].Code));
        return new InsightPage(
            "Outcome KPIs measure what changed for people, such as jobs kept or reoffending avoided; inputs and outputs measure effort and activity. Outcome payments are money paid only when results are achieved.",
            [("Period for funding", figures.PeriodLabel, null), ("Inputs, outputs and outcomes", "Glossary", SiteUrls.Content("glossary"))], string.Empty,
            [("KPIs", kpis), ("Payment for results", money)]);
    }

    public static InsightPage Subcontracting(SitePeriod period, SiteRegistry registry, InsightsFigures figures)
    {
        var odata = ODataLinks.SubcontractsBetween(period.LastYear[0].Code, period.LastYear[^1].Code);
        var providers = new SiteTable($"Providers that subcontracted the most, {figures.PeriodLabel}",
            [new("Provider"), new("Funding received", true), new("Subcontracted", true), new("Share of funding", true), new("To SMEs", true), new("To VCSEs", true), new("Subcontractors", true)],
            figures.Subcontracting.Select(s => Row(new SiteCell(s.ProviderName, SiteUrls.Provider(s.ProviderIdentifier)), Money(s.FundingPence), Money(s.SubcontractedPence),
                Optional(s.SubcontractedShare), Optional(s.SmeShare), Optional(s.VcseShare), SiteFormat.Number(s.Subcontractors))).ToList(), "subcontracting.csv", odata);
        var chains = new SiteTable($"Subcontracting chains, {figures.PeriodLabel}",
            [new("Provider"), new("Subcontractor"), new("Paid", true), new("Subcontractor also holds contracts"), new("Subcontractor subcontracts in turn")],
            figures.Chains.Select(c => Row(Organisation(registry, c.ProviderId, c.ProviderName, SiteUrls.Provider), Organisation(registry, c.SubcontractorId, c.SubcontractorName, SiteUrls.Subcontractor),
                Money(c.PaidPence), c.SubcontractorIsProvider ? "Yes" : "No", c.SubcontractorSubcontracts ? "Yes" : "No")).ToList(), "chains.csv", odata);
        return new InsightPage(
            $"The {ReadInsights.ListLength} providers that passed the most money to subcontractors, and the largest payments where the subcontractor is itself a provider or subcontracts in turn. SME means a small or medium-sized enterprise; VCSE a voluntary, community or social enterprise.",
            [("Period", figures.PeriodLabel, null)], string.Empty, [("Providers", providers), ("Chains", chains)]);
    }

    internal static IReadOnlyList<SiteCell> Row(params SiteCell[] cells) => cells;

    internal static SiteCell Money(long pence) => new(SiteFormat.Pounds(pence), Csv: SiteFormat.PoundsCsv(pence));

    internal static SiteCell Percent(double percent) => new(SiteFormat.Percent(percent), Csv: SiteFormat.Invariant(Math.Round(percent, 1)));

    private static SiteCell Optional(double? percent) => percent is { } value ? Percent(value) : "none";

    private static SiteCell Organisation(SiteRegistry registry, int id, string name, Func<string, string> url) =>
        registry.Organisations.TryGetValue(id, out var organisation) ? new SiteCell(name, url(organisation.Identifier)) : name;

    private static string MarketName(string name) => Enum.TryParse<Sector>(name, out var sector) ? SiteFormat.SectorName(sector) : name;

    private static string BandTag(string band) => band switch
    {
        ConcentrationBands.High => "govuk-tag govuk-tag--red",
        ConcentrationBands.Moderate => "govuk-tag govuk-tag--yellow",
        _ => "govuk-tag govuk-tag--green",
    };
}
