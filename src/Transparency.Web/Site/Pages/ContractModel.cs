using Transparency.Web.Domain;
using Transparency.Web.Domain.Places;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Charts;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>A KPI on the contract page: its chart of actual against target, the table behind it, and its peer benchmark for the latest quarter.</summary>
public sealed record KpiSection(SiteKpi Kpi, string Chart, SiteTable Table, PeerBenchmark? Peers, Quarter PeersQuarter);

public sealed record ContractModel(
    SiteContract Contract, SiteOrganisation Provider, SiteOrganisation Commissioner, IReadOnlyList<string> Areas,
    string FundingChart, SiteTable Funding, SiteTable Kpis, IReadOnlyList<KpiSection> KpiSections, SiteTable Cohorts, SiteTable ByArea,
    string SatisfactionChart, SiteTable Satisfaction, SiteTable Subcontractors, IReadOnlyList<KeyFact> Summary)
{
    /// <summary>The contract's ready performance notices (shown by the ContractNotices component).</summary>
    public IReadOnlyList<PerformanceNotices.PerformanceNotice> Notices { get; init; } = [];

    public static SitePage Create(
        SitePeriod period, SiteRegistry registry, SiteFacts facts, SiteReturns returns, SiteSummaries summaries, SiteContext site, SiteContract contract,
        IReadOnlyList<PerformanceNotices.PerformanceNotice> notices, DataQualityScore? dataQuality)
    {
        var url = SiteUrls.Contract(contract.Reference);
        var provider = registry.Organisations[contract.ProviderId];
        var (funding, fundingChart) = FundingTable.For(period, facts, [contract], "Funding received by quarter", "funding-chart", ODataLinks.FundingForContract(contract.Id));
        var kpis = new SiteTable($"KPI results for {period.LatestDue}", KpiRow.Columns(withContract: false),
            KpiRow.For(period, registry, facts, [contract]).Select(r => r.ToCells(withContract: false)).ToList(), "kpis.csv", ODataLinks.KpiResultsForContract(contract.Id));

        var results = facts.KpiResultsByContract[contract.Id].ToList();
        var sections = registry.KpisByContract[contract.Id].Select((kpi, index) =>
        {
            var byQuarter = WholeService.ByQuarter(results, kpi);
            var actuals = period.Window.Select(q => byQuarter.TryGetValue(q.Code, out var r) ? r.Actual : (double?)null).ToList();
            var chart = actuals.All(a => a is null) ? string.Empty : SvgCharts.Lines($"kpi-{index + 1}", $"{kpi.Code} {kpi.Name}: actual against target",
                $"Line chart of the actual result each quarter from {period.Window[0]} to {period.LatestDue} (solid line with dots) against the target of {SiteFormat.KpiValue(kpi.Target, kpi.Unit)} (dashed line){(TrendLine.Fit(actuals) is null ? string.Empty : ", with the straight-line trend of the actual results (dotted line)")}. {(kpi.Direction == KpiDirection.HigherIsBetter ? "Higher" : "Lower")} is better.",
                period.Window, KpiLines(actuals, kpi.Target, period.Window.Count), v => SiteFormat.KpiAxisValue(v, kpi.Unit));
            var table = new SiteTable($"{kpi.Code} {kpi.Name} by quarter", [new("Quarter"), new("Actual", true), new("Target", true), new("Rating")],
                period.Window.Where(q => byQuarter.ContainsKey(q.Code)).Select(q => byQuarter[q.Code]).Select(r => (IReadOnlyList<SiteCell>)[
                    Quarter.FromCode(r.QuarterCode).ToString(), new SiteCell(SiteFormat.KpiValue(r.Actual, kpi.Unit), Csv: SiteFormat.Invariant(r.Actual)),
                    new SiteCell(SiteFormat.KpiValue(kpi.Target, kpi.Unit), Csv: SiteFormat.Invariant(kpi.Target)),
                    new SiteCell(r.Rating.Label() + (r.RatingDerived ? " (worked out by the portal)" : string.Empty), Csv: r.Rating.Label(), TagClass: SiteFormat.RatingTagClass(r.Rating))]).ToList(),
                $"kpi-{SiteUrls.Slug(kpi.Code)}.csv", ODataLinks.KpiResultsForContract(contract.Id));
            return new KpiSection(kpi, chart, table, summaries.PeerBenchmarks.GetValueOrDefault(kpi.Id), period.LatestDue);
        }).ToList();

        var kpiById = registry.KpisByContract[contract.Id].ToDictionary(k => k.Id);
        var cohorts = new SiteTable($"KPI results by group of people, {period.LatestDue}", [new("KPI"), new("Group"), new("Actual", true), new("Rating")],
            results.Where(r => r.Cohort is not null && r.QuarterCode == period.LatestDue.Code && kpiById.ContainsKey(r.KpiId)).Select(r => (IReadOnlyList<SiteCell>)[
                $"{kpiById[r.KpiId].Code} {kpiById[r.KpiId].Name}", r.AreaCode is { } area ? $"{r.Cohort} ({AreaNames.NameOf(area)})" : r.Cohort!, new SiteCell(SiteFormat.KpiValue(r.Actual, kpiById[r.KpiId].Unit), Csv: SiteFormat.Invariant(r.Actual)),
                new SiteCell(r.Rating.Label(), TagClass: SiteFormat.RatingTagClass(r.Rating))]).ToList(),
            "kpi-cohorts.csv", ODataLinks.KpiResultsForContract(contract.Id));

        var byArea = AreaResults.For(period, contract, kpiById, results);

        var satisfactionRows = facts.SatisfactionByContract[contract.Id].ToList();
        var firstMeasure = satisfactionRows.Select(s => s.Measure).FirstOrDefault();
        var trend = period.Window.Select(q => satisfactionRows.FirstOrDefault(s => s.Measure == firstMeasure && s.QuarterCode == q.Code)).ToList();
        var satisfactionChart = firstMeasure is null ? string.Empty : SvgCharts.Lines("satisfaction-chart", $"{firstMeasure}: share positive",
            $"Line chart of the percentage of people who answered positively each quarter, with the number who answered (n) under each quarter.",
            period.Window, [new ChartSeries("Positive", trend.Select(s => s?.PercentPositive).ToList(), LineStyle.Solid, Markers: true)], v => SiteFormat.KpiAxisValue(v, KpiUnit.Percentage),
            trend.Select(s => s is null ? string.Empty : $"n={s.Respondents}").ToList());
        var satisfaction = new SiteTable("User satisfaction by quarter", [new("Quarter"), new("Measure"), new("Method"), new("People asked", true), new("Positive", true), new("Negative", true)],
            satisfactionRows.OrderBy(s => s.Measure, StringComparer.Ordinal).ThenBy(s => s.QuarterCode).Select(s => (IReadOnlyList<SiteCell>)[
                Quarter.FromCode(s.QuarterCode).ToString(), s.Measure, SiteFormat.MethodName(s.Method), SiteFormat.Number(s.Respondents),
                new SiteCell(SiteFormat.Percent(s.PercentPositive), Csv: SiteFormat.Invariant(s.PercentPositive)),
                s.PercentNegative is { } n ? new SiteCell(SiteFormat.Percent(n), Csv: SiteFormat.Invariant(n)) : new SiteCell("Not given", Csv: string.Empty)]).ToList(),
            "satisfaction.csv", ODataLinks.SatisfactionForContracts([contract.Id]));

        var subcontractors = new SiteTable($"Subcontractors paid from {period.LastYear[0]} to {period.LatestDue}",
            [new("Subcontractor"), new("Service"), new("SME"), new("VCSE"), new("Paid", true), new("Total value", true), new("Provider’s rating")],
            facts.SubcontractsByContract[contract.Id].OrderByDescending(l => l.PaidLastYearPence).ThenBy(l => l.SubcontractorId).Select(l =>
            {
                var sub = registry.Organisations[l.SubcontractorId];
                return (IReadOnlyList<SiteCell>)[new SiteCell(sub.Name, SiteUrls.Subcontractor(sub.Identifier)), l.Service, sub.IsSme ? "Yes" : "No", sub.IsVcse ? "Yes" : "No",
                    new SiteCell(SiteFormat.Pounds(l.PaidLastYearPence), Csv: SiteFormat.PoundsCsv(l.PaidLastYearPence)),
                    new SiteCell(SiteFormat.Pounds(l.TotalValuePence), Csv: SiteFormat.PoundsCsv(l.TotalValuePence)), l.LatestRating?.Label() ?? "Not rated"];
            }).ToList(),
            "subcontractors.csv", ODataLinks.SubcontractsForContracts([contract.Id]));

        var tables = new List<SiteTable> { funding, kpis };
        tables.AddRange(sections.Select(s => s.Table));
        tables.AddRange([cohorts, byArea, satisfaction, subcontractors]);
        var description = $"{contract.Title}: a {SiteFormat.SectorName(contract.Sector).ToLowerInvariant()} contract delivered by {provider.Name}. Funding, KPI results, user satisfaction and subcontractors.";
        var meta = new PageMeta(url, $"{contract.Title} ({contract.Reference})", description)
        {
            Section = "contracts",
            Breadcrumbs = [("Home", SiteUrls.Home), ("Providers", SiteUrls.Providers), (provider.Name, SiteUrls.Provider(provider.Identifier))],
            JsonLd = DatasetJsonLd.For(site, url, $"{contract.Title} ({contract.Reference})", description, provider.Name, tables, $"{period.Window[0].StartDate:yyyy-MM-dd}/{period.LatestDue.EndDate:yyyy-MM-dd}"),
        };
        var figures = KeyFigures.ForContracts(period, registry, facts, returns, [contract], dataQuality);
        var summary = KeyFacts.For(period, figures, "Received", counts: false,
            KeyFactLinks.ThisPage with { Contracts = null, Returns = SiteUrls.Provider(provider.Identifier) + "#returns-on-time", DataQuality = SiteUrls.Provider(provider.Identifier) + "#data-quality" });
        var model = new ContractModel(contract, provider, registry.Organisations[contract.CommissionerId], [.. registry.AreasByContract[contract.Id].Select(AreaNames.Label)],
            fundingChart, funding, kpis, sections, cohorts, byArea, satisfactionChart, satisfaction, subcontractors, summary)
        { Notices = notices };
        return new SitePage(meta, typeof(ContractView), model, tables);
    }

    /// <summary>A KPI's chart lines: the actual results, the target, and the trend of the results once there are enough of them.</summary>
    private static List<ChartSeries> KpiLines(IReadOnlyList<double?> actuals, double target, int quarters)
    {
        var lines = new List<ChartSeries>
        {
            new("Actual", actuals, LineStyle.Solid, Markers: true),
            new("Target", Enumerable.Repeat((double?)target, quarters).ToList(), LineStyle.Dashed, Markers: false),
        };
        if (TrendLine.Fit(actuals) is { } trend)
        {
            lines.Add(new ChartSeries("Trend of actual", trend, LineStyle.Dotted, Markers: false));
        }

        return lines;
    }
}
