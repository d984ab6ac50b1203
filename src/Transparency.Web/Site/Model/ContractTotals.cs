using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>
/// One contract's share of the site-wide figures: public funding per quarter from the window's first quarter on,
/// and how many of its whole-contract KPI results got each rating in the latest quarter due.
/// </summary>
public sealed record ContractTotals(IReadOnlyDictionary<int, long> FundingByQuarter, IReadOnlyDictionary<KpiRating, int> LatestRatings)
{
    public static ContractTotals From(IEnumerable<FundingPoint> funding, IEnumerable<KpiPoint> results, int latestQuarter) => new(
        funding.GroupBy(f => f.QuarterCode).ToDictionary(g => g.Key, g => g.Sum(f => f.AmountPence)),
        results.Where(r => r.QuarterCode == latestQuarter && r.Cohort is null).GroupBy(r => r.Rating).ToDictionary(g => g.Key, g => g.Count()));

    public bool IsEmpty => FundingByQuarter.Count == 0 && LatestRatings.Count == 0;
}
