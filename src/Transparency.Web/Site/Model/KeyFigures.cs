using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>How many of the latest quarter's whole-service KPI results were rated Good and Inadequate.</summary>
public sealed record RatingCounts(int Results, int Good, int Inadequate)
{
    public static RatingCounts From(IReadOnlyDictionary<KpiRating, int> ratings) =>
        new(ratings.Values.Sum(), ratings.GetValueOrDefault(KpiRating.Good), ratings.GetValueOrDefault(KpiRating.Inadequate));
}

/// <summary>
/// The figures a page summarises before its tables, worked out from the same published facts as those tables
/// (<see cref="SiteFacts"/>, <see cref="SectorFigures"/>), never from a second reading of the database. A figure the
/// page cannot know is null and is left out of the summary rather than shown as zero.
/// </summary>
public sealed record KeyFigures(
    long ReceivedThisYearPence,
    long ReceivedInWindowPence,
    int Contracts,
    int? Providers,
    RatingCounts Ratings,
    (int OnTime, int Due)? Returns,
    DataQualityScore? DataQuality,
    long ReceivedLastYearPence,
    long? SubcontractedPence,
    long? SmeOrVcsePence)
{
    /// <summary>
    /// For a set of contracts (a provider's, a commissioner's, or one): funding, the latest ratings as the KPI tables
    /// count them, returns on time in the last year for quarters in which these contracts were active, and what the
    /// contracts' subcontractors were paid in the last year.
    /// </summary>
    public static KeyFigures ForContracts(
        SitePeriod period, SiteRegistry registry, SiteFacts facts, SiteReturns returns, IReadOnlyCollection<SiteContract> contracts, DataQualityScore? dataQuality)
    {
        var thisYear = period.ThisFinancialYear.Select(q => q.Code).ToHashSet();
        var lastYear = period.LastYear.Select(q => q.Code).ToHashSet();
        var funding = contracts.SelectMany(c => facts.FundingByContract[c.Id]).ToList();
        var ratings = KpiRow.For(period, registry, facts, contracts).Where(r => r.Latest is not null).GroupBy(r => r.Latest!.Rating).ToDictionary(g => g.Key, g => g.Count());

        var (onTime, due) = (0, 0);
        foreach (var provider in contracts.GroupBy(c => c.ProviderId))
        {
            foreach (var result in ReturnTimeliness.ForProvider(period, registry, returns, provider.Key, period.LastYear).Where(d => provider.Any(c => c.IsActiveIn(d.Quarter))))
            {
                due++;
                onTime += result.State == TimelinessStatus.OnTime ? 1 : 0;
            }
        }

        var lines = contracts.SelectMany(c => facts.SubcontractsByContract[c.Id]).ToList();
        return new KeyFigures(
            funding.Where(f => thisYear.Contains(f.QuarterCode)).Sum(f => f.AmountPence),
            funding.Sum(f => f.AmountPence),
            contracts.Count,
            contracts.Select(c => c.ProviderId).Distinct().Count(),
            RatingCounts.From(ratings),
            (onTime, due),
            dataQuality,
            funding.Where(f => lastYear.Contains(f.QuarterCode)).Sum(f => f.AmountPence),
            lines.Sum(l => l.PaidLastYearPence),
            lines.Where(l => registry.Organisations[l.SubcontractorId] is { IsSme: true } or { IsVcse: true }).Sum(l => l.PaidLastYearPence));
    }

    /// <summary>For a sector, from the totals grouped in the database: returns and subcontracting are not among them, so are left out.</summary>
    public static KeyFigures ForSector(SitePeriod period, SectorFigures figures)
    {
        long Sum(IEnumerable<Quarter> quarters) => quarters.Sum(q => figures.FundingByQuarter.GetValueOrDefault(q.Code));
        return new KeyFigures(Sum(period.ThisFinancialYear), Sum(period.Window), figures.Contracts, figures.Providers, RatingCounts.From(figures.LatestRatings),
            null, null, Sum(period.LastYear), null, null);
    }
}
