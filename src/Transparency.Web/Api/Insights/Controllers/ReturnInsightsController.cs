using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Transparency.Web.Api.Insights.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;
using Transparency.Web.Insights.DataQuality;
using Transparency.Web.Insights.Timeliness;
using static Transparency.Web.Api.Insights.InsightValues;

namespace Transparency.Web.Api.Insights.Controllers;

/// <summary>Timeliness and data quality: judged against the current deadline rule, as of now.</summary>
[InsightDeadline]
public sealed class ReturnInsightsController(TimelinessInsights timeliness, DataQualityInsights quality) : PublicController
{
    private static readonly Expression<Func<QuarterTimelinessRow, QuarterTimeliness>> ByQuarter = Inline((QuarterTimelinessRow r) => new QuarterTimeliness
    {
        Quarter = QuarterLabel(r.QuarterCode),
        Deadline = r.Deadline,
        Due = r.Due,
        OnTime = r.OnTime,
        Late = r.Late,
        Missing = r.Missing,
        OnTimePercent = Rounded(r.OnTimePercent),
        AverageDaysLate = r.AverageDaysLate,
    });

    private static readonly Expression<Func<ProviderTimelinessRow, ProviderTimeliness>> ByProvider = Inline((ProviderTimelinessRow r) => new ProviderTimeliness
    {
        ProviderId = r.ProviderId,
        ProviderName = r.ProviderName,
        Due = r.Due,
        OnTime = r.OnTime,
        Late = r.Late,
        Missing = r.Missing,
        OnTimePercent = Rounded(r.OnTimePercent),
        AverageDaysLate = r.AverageDaysLate,
    });

    private static readonly Expression<Func<ReturnTimelinessRow, ReturnTimeliness>> ByReturn = Inline((ReturnTimelinessRow r) => new ReturnTimeliness
    {
        ProviderId = r.ProviderId,
        Quarter = QuarterLabel(r.QuarterCode),
        ProviderName = r.ProviderName,
        Deadline = r.Deadline,
        Status = r.Status,
        FirstPublishedAt = r.FirstPublishedAt,
        DaysLate = r.DaysLate,
    });

    private static readonly Expression<Func<DataQualityRow, DataQualityScore>> Scores = Inline((DataQualityRow r) => new DataQualityScore
    {
        ReturnVersionId = r.ReturnVersionId,
        ReturnId = r.ReturnId,
        ProviderId = r.ProviderId,
        Quarter = QuarterLabel(r.QuarterCode),
        VersionNumber = r.VersionNumber,
        ActiveContracts = r.ActiveContracts,
        ContractsReported = r.ContractsReported,
        ExpectedKpis = r.ExpectedKpis,
        KpisReported = r.KpisReported,
        SampleSizeItems = r.SampleSizeItems,
        SampleSizesPresent = r.SampleSizesPresent,
        SatisfactionResults = r.SatisfactionResults,
        MethodsStated = r.MethodsStated,
        DaysLate = r.DaysLate,
        Restatements = r.Restatements,
        ContractPoints = Rounded(r.ContractPoints),
        KpiPoints = Rounded(r.KpiPoints),
        SampleSizePoints = Rounded(r.SampleSizePoints),
        MethodPoints = Rounded(r.MethodPoints),
        TimelinessPoints = Rounded(r.TimelinessPoints),
        RestatementPoints = Rounded(r.RestatementPoints),
        Score = Rounded(r.Score),
    });

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
