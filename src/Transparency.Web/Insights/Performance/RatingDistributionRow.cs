using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Performance;

/// <summary>How a contract's, provider's or commissioner's whole-service KPI results were rated in one quarter.</summary>
public sealed class RatingDistributionRow
{
    /// <summary>Contract reference, organisation identifier (org-id), or "all".</summary>
    [Key]
    public required string Key { get; init; }

    [Key]
    public int QuarterCode { get; init; }

    public required string Name { get; init; }

    public int Results { get; init; }

    public int Good { get; init; }

    public int ApproachingTarget { get; init; }

    public int RequiresImprovement { get; init; }

    public int Inadequate { get; init; }

    public int Other { get; init; }

    /// <summary>Requires improvement or inadequate, as a percentage of the results (0–100).</summary>
    public double BelowTargetShare { get; init; }
}
