using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>The headline figures on the home page, each computed in the database.</summary>
public sealed record HomeFigures(
    long FundingThisYearPence,
    int Providers,
    int ReturnsDue,
    int ReturnsOnTime,
    int KpiResultsLatest,
    int KpiResultsGood,
    int KpisActive,
    int OutcomeKpisActive);

public sealed record LatestPublication(int ProviderId, int QuarterCode, int VersionNumber, DateTime PublishedAt, string? RestatementReason);

public sealed record Headlines(HomeFigures Figures, IReadOnlyList<LatestPublication> Latest);
