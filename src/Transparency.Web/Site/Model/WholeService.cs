using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>
/// A KPI's whole-service result for each quarter (no cohort), as contract pages chart it. A provider may report a KPI
/// for the whole contract, for each area it serves, or both (the return standard keys a line by cohort and area):
/// the line without an area wins; a single area's line stands for the contract; several areas' lines are combined
/// (methodology, "Whole-service results reported by area") and rated by the portal against the target.
/// </summary>
public static class WholeService
{
    public static IReadOnlyDictionary<int, KpiPoint> ByQuarter(IEnumerable<KpiPoint> results, SiteKpi kpi) =>
        results.Where(r => r.KpiId == kpi.Id && r.Cohort is null)
            .GroupBy(r => r.QuarterCode)
            .ToDictionary(g => g.Key, g => Pick(g.ToList(), kpi));

    /// <summary>The one whole-service figure for a KPI and quarter, from its lines without a cohort.</summary>
    public static KpiPoint Pick(List<KpiPoint> lines, SiteKpi kpi)
    {
        if (lines.FirstOrDefault(l => l.AreaCode is null) is { } contract)
        {
            return contract;
        }

        return lines.Count == 1 ? lines[0] : Combine(lines, kpi);
    }

    private static KpiPoint Combine(List<KpiPoint> areas, SiteKpi kpi)
    {
        var first = areas[0];
        long? numerator = areas.All(a => a.Numerator is not null) ? areas.Sum(a => a.Numerator!.Value) : null;
        long? denominator = areas.All(a => a.Denominator is not null) ? areas.Sum(a => a.Denominator!.Value) : null;
        double actual;
        if (kpi.Unit is KpiUnit.Count or KpiUnit.Pounds)
        {
            // Counts of people and sums of money add up across areas.
            actual = areas.Sum(a => a.Actual);
        }
        else if (kpi.Unit == KpiUnit.Percentage && numerator is { } n && denominator is > 0 and { } d)
        {
            actual = Math.Round(100.0 * n / d, 1);
        }
        else if (denominator is > 0 and { } weight)
        {
            actual = areas.Sum(a => a.Actual * a.Denominator!.Value) / weight;
        }
        else
        {
            actual = areas.Average(a => a.Actual);
        }

        return first with
        {
            AreaCode = null,
            Actual = actual,
            Numerator = numerator,
            Denominator = denominator,
            Rating = KpiRatings.Derive(actual, kpi.Target, kpi.Direction),
            RatingDerived = true,
        };
    }
}
