using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Transparency.Web.Api.Insights.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;
using Transparency.Web.PerformanceNotices;
using static Transparency.Web.Api.Insights.InsightValues;

namespace Transparency.Web.Api.Insights.Controllers;

/// <summary>Contract performance notice coverage: the Procurement Act's duties, judged as of today.</summary>
[InsightDeadline]
public sealed class NoticeInsightsController(NoticeCoverage coverage, TimeProvider time) : PublicController
{
    private static readonly Expression<Func<NoticeCoverageRow, PerformanceNoticeCoverage>> Coverage = Inline((NoticeCoverageRow r) => new PerformanceNoticeCoverage
    {
        ContractId = r.ContractId,
        CommissionerId = r.CommissionerId,
        CommissionerIdentifier = r.CommissionerIdentifier,
        CommissionerName = r.CommissionerName,
        ContractReference = r.ContractReference,
        ContractTitle = r.ContractTitle,
        Value = Pounds(r.ValuePence),
        StartDate = r.StartDate,
        Kpis = r.Kpis,
        LastNoticeReadyAt = r.LastNoticeReadyAt,
        TooFewKpis = r.TooFewKpis,
        NoRecentNotice = r.NoRecentNotice,
    });

    [HttpGet("odata/PerformanceNoticeCoverage")]
    [HttpGet("odata/PerformanceNoticeCoverage/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<PerformanceNoticeCoverage>>(StatusCodes.Status200OK)]
    public IQueryable<PerformanceNoticeCoverage> GetPerformanceNoticeCoverage() =>
        coverage.On(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).Select(Coverage);
}
