using System.Globalization;
using Transparency.Web.Domain;
using Transparency.Web.PerformanceNotices;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>
/// A summary page per ready contract performance notice, beside its contract's page (a scoped build writes those of
/// the contracts in scope), and the coverage page of the Act's duties by commissioner. Only full builds write the
/// coverage page: a scoped build reads the contracts of one provider and its commissioners, and would judge the rest of
/// the market from none of its contracts.
/// </summary>
public sealed class PerformanceNoticePages : PageSource<PerformanceNoticePages.Inputs>
{
    public const string RatingsCsv = "ratings.csv";
    public const string EvidenceCsv = "evidence.csv";

    /// <summary>What the notice pages read: the notices and the Act's coverage, the organisations they name, and the site's date.</summary>
    public sealed record Inputs(SiteScope Scope, SitePeriod Period, SiteRegistry Registry, SiteNotices Notices);

    protected override Inputs InputsFrom(SiteData data) => new(data.Scope, data.Period, data.Registry, data.Notices);

    public override IEnumerable<PageJob> Plan(Inputs inputs, SiteContext site)
    {
        if (inputs.Scope.IsEverything)
        {
            yield return new PageJob(NoticeUrls.CoveragePage, () => Coverage(inputs.Period, inputs.Registry, inputs.Notices));
        }

        foreach (var contract in inputs.Registry.Contracts.Where(c => inputs.Scope.ProviderIds?.Contains(c.ProviderId) ?? true))
        {
            foreach (var notice in inputs.Notices.ByContract[contract.Id])
            {
                var period = AssessmentPeriod.FromCodes(notice.FromQuarterCode, notice.ToQuarterCode);
                yield return new PageJob(NoticeUrls.SummaryPage(contract.Reference, period), () => Summary(inputs.Registry, contract, notice, period));
            }
        }
    }

    /// <summary>The notice's ratings, one row per KPI: what the contracting authority decided and why.</summary>
    public static SiteTable Ratings(PerformanceNotice notice, AssessmentPeriod period, string csvFile) =>
        new($"KPI ratings, {period}", [new("KPI"), new("Rating"), new("Proposed by the portal's rule"), new("Why")],
            notice.Assessments.Select(a => (IReadOnlyList<SiteCell>)[
                $"{a.KpiCode} {a.KpiName}",
                new SiteCell(a.Rating!.Value.Label(), TagClass: SiteFormat.RatingTagClass(a.Rating.Value)),
                a.ProposedRating.Label(),
                a.Decision == AssessmentDecision.Overridden ? $"Changed by the contracting authority: {a.OverrideReason}" : a.RuleExplanation]).ToList(),
            csvFile, null);

    /// <summary>The quarterly evidence under every rating, as the provider published it.</summary>
    public static SiteTable Evidence(PerformanceNotice notice, string csvFile) =>
        new("Quarterly evidence", [new("KPI"), new("Quarter"), new("Actual", true), new("Target", true), new("Provider’s rating"), new("Return version")],
            notice.Assessments.SelectMany(a => a.Evidence.Select(e => (IReadOnlyList<SiteCell>)[
                a.KpiCode, Quarter.FromCode(e.QuarterCode).ToString(),
                e.Actual is { } actual ? new SiteCell(SiteFormat.KpiValue(actual, a.Unit), Csv: SiteFormat.Invariant(actual)) : new SiteCell("No result published", Csv: string.Empty),
                new SiteCell(SiteFormat.KpiValue(a.Target, a.Unit), Csv: SiteFormat.Invariant(a.Target)),
                e.Rating is { } rating ? new SiteCell(rating.Label() + (e.RatingDerived ? " (worked out by the portal)" : string.Empty), Csv: rating.Label(), TagClass: SiteFormat.RatingTagClass(rating)) : new SiteCell("None", Csv: string.Empty),
                e.VersionNumber is { } version ? version.ToString(CultureInfo.InvariantCulture) : string.Empty])).ToList(),
            csvFile, null);

    private static SitePage Summary(SiteRegistry registry, SiteContract contract, PerformanceNotice notice, AssessmentPeriod period)
    {
        var url = NoticeUrls.SummaryPage(contract.Reference, period);
        var provider = registry.Organisations[contract.ProviderId];
        var tables = new List<SiteTable> { Ratings(notice, period, RatingsCsv), Evidence(notice, EvidenceCsv) };
        var meta = new PageMeta(url, $"Contract performance notice, {period}: {contract.Title}",
            $"The contracting authority's KPI ratings of {contract.Title} ({contract.Reference}) for {period}, with the provider's quarterly results.")
        {
            Section = "providers",
            Breadcrumbs = [("Home", SiteUrls.Home), ("Providers", SiteUrls.Providers), (provider.Name, SiteUrls.Provider(provider.Identifier)), (contract.Title, SiteUrls.Contract(contract.Reference))],
        };
        var model = new PerformanceNoticeModel(contract, registry.Organisations[contract.CommissionerId], provider, notice, period, tables[0], tables[1]);
        return new SitePage(meta, typeof(PerformanceNoticeView), model, tables);
    }

    private static SitePage Coverage(SitePeriod period, SiteRegistry registry, SiteNotices notices)
    {
        var table = new SiteTable($"Contracts over £5 million missing a duty on {SiteFormat.Date(period.AsOf)}",
            [new("Commissioner"), new("Contract"), new("Value", true), new("KPIs", true), new("Latest notice"), new("What is missing")],
            notices.Coverage.Select(r => (IReadOnlyList<SiteCell>)[
                registry.Organisations.TryGetValue(r.CommissionerId, out var buyer) ? new SiteCell(buyer.Name, SiteUrls.Commissioner(buyer.Identifier)) : r.CommissionerName,
                new SiteCell($"{r.ContractTitle} ({r.ContractReference})", SiteUrls.Contract(r.ContractReference)),
                new SiteCell(SiteFormat.Pounds(r.ValuePence), Csv: SiteFormat.PoundsCsv(r.ValuePence)),
                SiteFormat.Number(r.Kpis),
                r.LastNoticeReadyAt is { } ready ? new SiteCell(SiteFormat.Date(ready), Csv: SiteFormat.IsoDate(ready)) : new SiteCell("None", Csv: string.Empty),
                Missing(r)]).ToList(),
            "coverage.csv", "/odata/PerformanceNoticeCoverage");
        var meta = new PageMeta(NoticeUrls.CoveragePage, "Contract performance notices: contracts missing a duty",
            "Contracts worth more than £5 million, by commissioner, with fewer than three KPIs or no contract performance notice in the last 12 months.")
        {
            Section = "insights",
            Breadcrumbs = [("Home", SiteUrls.Home), ("Insights", SiteUrls.Insights)],
        };
        var commissioners = notices.Coverage.Select(r => r.CommissionerId).Distinct().Count();
        return new SitePage(meta, typeof(NoticeCoverageView), new NoticeCoverageModel(period.AsOf, commissioners, table), [table]);
    }

    private static string Missing(NoticeCoverageRow row) => (row.TooFewKpis, row.NoRecentNotice) switch
    {
        (true, true) => "Fewer than 3 KPIs; no notice in the last 12 months",
        (true, false) => "Fewer than 3 KPIs",
        _ => "No notice in the last 12 months",
    };
}
