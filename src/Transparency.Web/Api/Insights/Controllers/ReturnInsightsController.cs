using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Transparency.Web.Api.Insights.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;
using Transparency.Web.Insights.DataQuality;
using Transparency.Web.Insights.Timeliness;

namespace Transparency.Web.Api.Insights.Controllers;

/// <summary>Timeliness and data quality: judged against the current deadline rule, as of now.</summary>
[InsightDeadline]
public sealed class ReturnInsightsController(TimelinessInsights timeliness, DataQualityInsights quality) : PublicController
{
    private static readonly Expression<Func<QuarterTimelinessRow, QuarterTimeliness>> ByQuarter = InsightProjection.Of<QuarterTimelinessRow, QuarterTimeliness>();

    private static readonly Expression<Func<ProviderTimelinessRow, ProviderTimeliness>> ByProvider = InsightProjection.Of<ProviderTimelinessRow, ProviderTimeliness>();

    private static readonly Expression<Func<ReturnTimelinessRow, ReturnTimeliness>> ByReturn = InsightProjection.Of<ReturnTimelinessRow, ReturnTimeliness>();

    private static readonly Expression<Func<DataQualityRow, DataQualityScore>> Scores = InsightProjection.Of<DataQualityRow, DataQualityScore>();

    [HttpGet("odata/TimelinessByQuarter")]
    [HttpGet("odata/TimelinessByQuarter/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<QuarterTimeliness>>(StatusCodes.Status200OK)]
    public async Task<IQueryable<QuarterTimeliness>> GetTimelinessByQuarter(CancellationToken cancellationToken) =>
        FilteredQuarter.Narrow(timeliness.Quarters(await timeliness.ScheduleAsync(cancellationToken: cancellationToken)), Request).Select(ByQuarter);

    [HttpGet("odata/TimelinessByProvider")]
    [HttpGet("odata/TimelinessByProvider/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<ProviderTimeliness>>(StatusCodes.Status200OK)]
    public async Task<IQueryable<ProviderTimeliness>> GetTimelinessByProvider(CancellationToken cancellationToken) =>
        timeliness.Providers(await timeliness.ScheduleAsync(cancellationToken: cancellationToken)).Select(ByProvider);

    [HttpGet("odata/ReturnTimeliness")]
    [HttpGet("odata/ReturnTimeliness/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<ReturnTimeliness>>(StatusCodes.Status200OK)]
    public async Task<IQueryable<ReturnTimeliness>> GetReturnTimeliness(CancellationToken cancellationToken) =>
        FilteredQuarter.Narrow(timeliness.Returns(await timeliness.ScheduleAsync(cancellationToken: cancellationToken)), Request).Select(ByReturn);

    [HttpGet("odata/DataQuality")]
    [HttpGet("odata/DataQuality/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<DataQualityScore>>(StatusCodes.Status200OK)]
    public async Task<IQueryable<DataQualityScore>> GetDataQuality(CancellationToken cancellationToken) =>
        FilteredQuarter.Narrow(quality.Versions(await timeliness.ScheduleAsync(cancellationToken: cancellationToken)), Request).Select(Scores);
}
