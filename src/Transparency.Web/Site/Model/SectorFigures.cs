using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>A sector's totals, aggregated in the database because a sector spans thousands of contracts.</summary>
public sealed record SectorFigures(
    Sector Sector,
    IReadOnlyDictionary<int, long> FundingByQuarter,
    IReadOnlyList<(int ProviderId, long PaidLastYearPence)> TopProviders,
    IReadOnlyDictionary<KpiRating, int> LatestRatings,
    IReadOnlyDictionary<KpiKind, int> KpiKinds,
    int Contracts,
    int Providers);
