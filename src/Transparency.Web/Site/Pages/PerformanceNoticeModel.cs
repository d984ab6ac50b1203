using Transparency.Web.PerformanceNotices;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

public sealed record PerformanceNoticeModel(
    SiteContract Contract, SiteOrganisation Commissioner, SiteOrganisation Provider, PerformanceNotice Notice, AssessmentPeriod Period, SiteTable Ratings, SiteTable Evidence);

public sealed record NoticeCoverageModel(DateTime AsOf, int Commissioners, SiteTable Contracts);
