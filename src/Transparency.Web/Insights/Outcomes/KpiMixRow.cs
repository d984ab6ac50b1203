using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Outcomes;

/// <summary>How many of a contract's, provider's, commissioner's or sector's KPIs measure inputs, outputs and outcomes.</summary>
public sealed class KpiMixRow
{
    /// <summary>Contract reference, organisation identifier (org-id) or sector name.</summary>
    [Key]
    public required string Key { get; init; }

    public required string Name { get; init; }

    public int Kpis { get; init; }

    public int Inputs { get; init; }

    public int Outputs { get; init; }

    public int Outcomes { get; init; }

    /// <summary>Percentage of the KPIs (0–100).</summary>
    public double InputShare { get; init; }

    public double OutputShare { get; init; }

    public double OutcomeShare { get; init; }
}
