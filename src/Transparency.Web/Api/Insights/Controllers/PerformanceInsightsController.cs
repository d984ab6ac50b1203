using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Transparency.Web.Api.Insights.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;
using Transparency.Web.Insights.Cohorts;
using Transparency.Web.Insights.Outcomes;
using Transparency.Web.Insights.Performance;
using Transparency.Web.Insights.Regions;

namespace Transparency.Web.Api.Insights.Controllers;

/// <summary>
/// KPI-based views. The views the services offer per level (contract, provider, ...) are one set each here,
/// the levels joined with UNION ALL and told apart by Level, so a client filters on Level.
/// </summary>
[InsightDeadline]
public sealed class PerformanceInsightsController(OutcomeInsights outcomes, PerformanceInsights performance, CohortInsights cohorts, RegionInsights regions)
    : PublicController
{
    private static readonly Expression<Func<PersistentUnderperformanceRow, PersistentUnderperformance>> Persistent = InsightProjection.Of<PersistentUnderperformanceRow, PersistentUnderperformance>();

    private static readonly Expression<Func<YearOnYearRow, YearOnYear>> Yearly = InsightProjection.Of<YearOnYearRow, YearOnYear>();

    private static readonly Expression<Func<CohortGapRow, CohortGap>> Gaps = InsightProjection.Of<CohortGapRow, CohortGap>();

    private static readonly Expression<Func<RegionalVariationRow, RegionalVariation>> Regional = InsightProjection.Of<RegionalVariationRow, RegionalVariation>();

    [HttpGet("odata/KpiMix")]
    [HttpGet("odata/KpiMix/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<KpiMix>>(StatusCodes.Status200OK)]
    public IQueryable<KpiMix> GetKpiMix() =>
        FilteredLevel.Union(
            Request,
            FilteredLevel.Level,
            (InsightLevels.Contract, outcomes.KpiMixByContract().Select(Mix(InsightLevels.Contract))),
            (InsightLevels.Provider, outcomes.KpiMixByProvider().Select(Mix(InsightLevels.Provider))),
            (InsightLevels.Commissioner, outcomes.KpiMixByCommissioner().Select(Mix(InsightLevels.Commissioner))),
            (InsightLevels.Sector, outcomes.KpiMixBySector().Select(Mix(InsightLevels.Sector))));

    [HttpGet("odata/RatingDistribution")]
    [HttpGet("odata/RatingDistribution/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<RatingDistribution>>(StatusCodes.Status200OK)]
    public IQueryable<RatingDistribution> GetRatingDistribution() =>
        FilteredLevel.Union(
            Request,
            FilteredLevel.Level,
            (InsightLevels.Contract, FilteredQuarter.Narrow(performance.ByContract(), Request).Select(Ratings(InsightLevels.Contract))),
            (InsightLevels.Provider, FilteredQuarter.Narrow(performance.ByProvider(), Request).Select(Ratings(InsightLevels.Provider))),
            (InsightLevels.Commissioner, FilteredQuarter.Narrow(performance.ByCommissioner(), Request).Select(Ratings(InsightLevels.Commissioner))),
            (InsightLevels.Overall, FilteredQuarter.Narrow(performance.ByQuarter(), Request).Select(Ratings(InsightLevels.Overall))));

    [HttpGet("odata/PersistentUnderperformance")]
    [HttpGet("odata/PersistentUnderperformance/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<PersistentUnderperformance>>(StatusCodes.Status200OK)]
    public IQueryable<PersistentUnderperformance> GetPersistentUnderperformance() => FilteredQuarter.Narrow(performance.PersistentUnderperformance(), Request).Select(Persistent);

    [HttpGet("odata/YearOnYear")]
    [HttpGet("odata/YearOnYear/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<YearOnYear>>(StatusCodes.Status200OK)]
    public IQueryable<YearOnYear> GetYearOnYear() => FilteredQuarter.Narrow(performance.YearOnYear(), Request).Select(Yearly);

    [HttpGet("odata/CohortGaps")]
    [HttpGet("odata/CohortGaps/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<CohortGap>>(StatusCodes.Status200OK)]
    public IQueryable<CohortGap> GetCohortGaps() => FilteredQuarter.Narrow(cohorts.Gaps(), Request).Select(Gaps);

    [HttpGet("odata/RegionalVariation")]
    [HttpGet("odata/RegionalVariation/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<RegionalVariation>>(StatusCodes.Status200OK)]
    public IQueryable<RegionalVariation> GetRegionalVariation() => regions.Variation(FilteredQuarter.Of(Request)).Select(Regional);

    private static Expression<Func<KpiMixRow, KpiMix>> Mix(string level) => InsightProjection.Of<KpiMixRow, KpiMix>(nameof(KpiMix.Level), level);

    private static Expression<Func<RatingDistributionRow, RatingDistribution>> Ratings(string level) => InsightProjection.Of<RatingDistributionRow, RatingDistribution>(nameof(RatingDistribution.Level), level);
}
