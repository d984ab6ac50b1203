using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Compare;

/// <summary>One provider's column on the compare page: the same figures its own page leads with, for the same period.</summary>
public sealed record ProviderComparison(
    SiteOrganisation Provider,
    IReadOnlyList<Sector> Sectors,
    int Contracts,
    long ReceivedThisYearPence,
    long ReceivedLastYearPence,
    long ReceivedInWindowPence,
    RatingCounts Ratings,
    ReturnCounts Returns,
    int? DataQualityScore,
    double? SubcontractedShare,
    double? SmeShare,
    double? VcseShare);

/// <summary>Whole-service KPI results of the latest quarter due, by rating.</summary>
public sealed record RatingCounts(int Results, int Good, int ApproachingTarget, int RequiresImprovement, int Inadequate);

/// <summary>Returns owed in the last year, as judged by the timeliness rule.</summary>
public sealed record ReturnCounts(int Due, int OnTime, int Late, int Missing);
