using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Transparency.Web.Api.Insights.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;
using Transparency.Web.PerformanceNotices;

namespace Transparency.Web.Api.Insights.Controllers;

/// <summary>Contract performance notice coverage: the Procurement Act's duties, judged as of today.</summary>
[InsightDeadline]
public sealed class NoticeInsightsController(NoticeCoverage coverage, TimeProvider time) : PublicController
{
    private static readonly Expression<Func<NoticeCoverageRow, PerformanceNoticeCoverage>> Coverage = InsightProjection.Of<NoticeCoverageRow, PerformanceNoticeCoverage>();

    [HttpGet("odata/PerformanceNoticeCoverage")]
    [HttpGet("odata/PerformanceNoticeCoverage/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<PerformanceNoticeCoverage>>(StatusCodes.Status200OK)]
    public IQueryable<PerformanceNoticeCoverage> GetPerformanceNoticeCoverage() =>
        coverage.On(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).Select(Coverage);
}
