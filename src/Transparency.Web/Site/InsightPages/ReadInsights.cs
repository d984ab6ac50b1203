using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Insights;
using Transparency.Web.Insights.Cohorts;
using Transparency.Web.Insights.Concentration;
using Transparency.Web.Insights.DataQuality;
using Transparency.Web.Insights.Outcomes;
using Transparency.Web.Insights.Regions;
using Transparency.Web.Insights.Subcontracting;
using Transparency.Web.Insights.Timeliness;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.InsightPages;

/// <summary>
/// Reads what the site shows from the insights services (never recomputing their figures): data-quality scores
/// for the providers in scope on every build, and the insights pages' rows on a full build, each view asked once.
/// Lists are cut to what a page can usefully show; the OData links give the rest.
/// </summary>
public sealed class ReadInsights(
    TimelinessInsights timeliness,
    DataQualityInsights quality,
    ConcentrationInsights concentration,
    OutcomeInsights outcomes,
    SubcontractingInsights subcontracting,
    CohortInsights cohorts,
    RegionInsights regions) : ISiteInsights
{
    public const int ListLength = 50;

    public async Task<IReadOnlyDictionary<int, DataQualityScore>> ReadScoresAsync(SiteScope scope, SitePeriod period, CancellationToken cancellationToken) =>
        period.LastYear.Count == 0
            ? SiteInsightsFigures.None.DataQuality
            : await ScoresAsync(scope, period, await timeliness.ScheduleAsync(period.AsOf, cancellationToken), cancellationToken);

    public async Task<InsightsFigures?> ReadPagesAsync(SitePeriod period, CancellationToken cancellationToken) =>
        period.LastYear.Count == 0 ? null : await PagesAsync(period, await timeliness.ScheduleAsync(period.AsOf, cancellationToken), cancellationToken);

    private async Task<IReadOnlyDictionary<int, DataQualityScore>> ScoresAsync(SiteScope scope, SitePeriod period, TimelinessSchedule schedule, CancellationToken cancellationToken)
    {
        var (from, to) = (period.LastYear[0], period.LastYear[^1]);
        var versions = quality.Versions(schedule).Where(v => v.QuarterCode >= from.Code && v.QuarterCode <= to.Code);
        if (scope.ProviderIds is { } ids)
        {
            var list = ids.ToList();
            versions = versions.Where(v => list.Contains(v.ProviderId));
        }

        var rows = await versions.Select(v => new { v.ProviderId, v.Score }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ProviderId).ToDictionary(g => g.Key, g => new DataQualityScore(
            (int)Math.Round(g.Average(r => r.Score), MidpointRounding.AwayFromZero),
            string.Create(CultureInfo.InvariantCulture, $"The average score of its {g.Count()} published {(g.Count() == 1 ? "return" : "returns")} for {from} to {to}, for completeness, sample sizes, methods stated, timeliness and restatements.")));
    }

    private async Task<InsightsFigures> PagesAsync(SitePeriod sitePeriod, TimelinessSchedule schedule, CancellationToken cancellationToken)
    {
        var period = InsightsPeriod.Between(sitePeriod.LastYear[0], sitePeriod.LastYear[^1]);
        var latest = sitePeriod.LatestDue.Code;
        var markets = await concentration.Overall(period).ToListAsync(cancellationToken);
        markets.AddRange((await concentration.BySector(period).ToListAsync(cancellationToken)).OrderBy(m => m.MarketName, StringComparer.Ordinal));
        var mix = await outcomes.FundingMixOverall(period).ToListAsync(cancellationToken);
        mix.AddRange((await outcomes.FundingMixBySector(period).ToListAsync(cancellationToken)).OrderBy(m => m.Name, StringComparer.Ordinal));
        var quarters = await timeliness.Quarters(schedule).OrderByDescending(q => q.QuarterCode).Take(8).ToListAsync(cancellationToken);
        return new InsightsFigures(
            $"{sitePeriod.LastYear[0]} to {sitePeriod.LastYear[^1]}",
            markets,
            await concentration.SharesOverall(period).OrderByDescending(s => s.FundingPence).ThenBy(s => s.GroupKey).Take(10).ToListAsync(cancellationToken),
            (await outcomes.KpiMixBySector().ToListAsync(cancellationToken)).OrderBy(m => m.Name, StringComparer.Ordinal).ToList(),
            mix,
            await subcontracting.Providers(period).OrderByDescending(s => s.SubcontractedPence).ThenBy(s => s.ProviderId).Take(ListLength).ToListAsync(cancellationToken),
            await subcontracting.Chains(period).OrderByDescending(c => c.PaidPence).ThenBy(c => c.ProviderId).ThenBy(c => c.SubcontractorId).Take(ListLength).ToListAsync(cancellationToken),
            await cohorts.Gaps().Where(g => g.QuarterCode == latest).OrderByDescending(g => g.Spread).ThenBy(g => g.KpiDefinitionId).Take(ListLength).ToListAsync(cancellationToken),
            await regions.Variation(latest).OrderBy(r => r.ComparableMeasure).ThenBy(r => r.AreaCode).ToListAsync(cancellationToken),
            quarters.OrderBy(q => q.QuarterCode).ToList());
    }
}
