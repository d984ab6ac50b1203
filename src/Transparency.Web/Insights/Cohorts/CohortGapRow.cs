using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Cohorts;

/// <summary>The spread between the best- and worst-served cohorts of one KPI in one quarter.</summary>
public sealed class CohortGapRow
{
    [Key]
    public int KpiDefinitionId { get; init; }

    [Key]
    public int QuarterCode { get; init; }

    public int ContractId { get; init; }

    public required string KpiCode { get; init; }

    public string? CohortDimension { get; init; }

    public int Cohorts { get; init; }

    public double WholeServiceActual { get; init; }

    /// <summary>The best cohort's <see cref="CohortResultRow.GapToWholeService"/>.</summary>
    public double BestGap { get; init; }

    /// <summary>The worst cohort's <see cref="CohortResultRow.GapToWholeService"/>.</summary>
    public double WorstGap { get; init; }

    /// <summary>Best minus worst: zero when every cohort is served alike, in the KPI's units.</summary>
    public double Spread { get; init; }

    public required string BestCohort { get; init; }

    public required string WorstCohort { get; init; }
}
