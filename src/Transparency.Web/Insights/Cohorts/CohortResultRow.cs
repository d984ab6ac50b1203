using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Cohorts;

/// <summary>One cohort's published result against the whole-service result of the same KPI and quarter.</summary>
public sealed class CohortResultRow
{
    [Key]
    public long KpiResultId { get; init; }

    public int KpiDefinitionId { get; init; }

    public int QuarterCode { get; init; }

    public int ContractId { get; init; }

    public required string Cohort { get; init; }

    public double Actual { get; init; }

    /// <summary>The expected level: the whole-service result in the same return.</summary>
    public double WholeServiceActual { get; init; }

    public double Target { get; init; }

    /// <summary>How far the cohort is better (positive) or worse (negative) served than the service as a whole, in the KPI's good direction.</summary>
    public double GapToWholeService { get; init; }

    /// <summary>How far the cohort is above (positive) or below (negative) target, in the KPI's good direction.</summary>
    public double GapToTarget { get; init; }
}
