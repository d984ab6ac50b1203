using Transparency.Web.Domain;

namespace Transparency.Web.Demo;

/// <summary>
/// Plausible KPI figures around each target. A provider's quality moves all its results; a provider that
/// "creams and parks" does well with the easiest cohort and badly with the hardest, so the gap shows.
/// </summary>
public sealed class DemoKpiValues
{
    public IReadOnlyList<DemoKpiValue> For(KpiDefinition kpi, ProviderTraits traits, Random random)
    {
        var performance = traits.Quality * 0.12 + random.NextGaussian(0, 0.07);
        if (kpi.CohortDimension is null || !DemoCatalogue.Cohorts.TryGetValue(kpi.CohortDimension, out var cohorts))
        {
            return [Whole(kpi, performance, random)];
        }

        var values = new List<DemoKpiValue>();
        long numerators = 0;
        long denominators = 0;
        for (var i = 0; i < cohorts.Length; i++)
        {
            // Cohorts are listed easiest first; the spread is wide for providers that cream and park.
            var position = cohorts.Length == 1 ? 0 : 1.0 - 2.0 * i / (cohorts.Length - 1);
            var spread = traits.CreamsAndParks ? 0.35 : 0.06;
            var cohortValue = Rate(kpi, performance + position * spread, 20 + random.Next(300), random, cohorts[i]);
            values.Add(cohortValue);
            numerators += cohortValue.Numerator ?? 0;
            denominators += cohortValue.Denominator ?? 0;
        }

        var overall = denominators == 0 ? 0 : Round(kpi, 100.0 * numerators / denominators);
        values.Insert(0, new DemoKpiValue(null, overall, numerators, denominators));
        return values;
    }

    public static double Round(KpiDefinition kpi, double value) => kpi.Unit switch
    {
        KpiUnit.Count => Math.Max(0, Math.Round(value)),
        KpiUnit.Percentage => Math.Round(Math.Clamp(value, 0, 100), 1),
        KpiUnit.Score => Math.Round(Math.Clamp(value, 0, 10), 1),
        _ => Math.Max(0, Math.Round(value, 1)),
    };

    private static DemoKpiValue Whole(KpiDefinition kpi, double performance, Random random) =>
        kpi.IsRate ? Rate(kpi, performance, 40 + random.Next(1500), random, null) : new DemoKpiValue(null, Round(kpi, Towards(kpi, performance)), null, null);

    private static DemoKpiValue Rate(KpiDefinition kpi, double performance, int denominator, Random random, string? cohort)
    {
        var target = Towards(kpi, performance + random.NextGaussian(0, 0.02));
        var numerator = (long)Math.Round(Math.Clamp(target, 0, 100) / 100 * denominator);
        return new DemoKpiValue(cohort, Round(kpi, 100.0 * numerator / denominator), numerator, denominator);
    }

    /// <summary>The target moved by a relative performance, in the KPI's good direction.</summary>
    private static double Towards(KpiDefinition kpi, double performance)
    {
        var sign = kpi.Direction == KpiDirection.HigherIsBetter ? 1 : -1;
        return kpi.Target * (1 + sign * performance);
    }
}
