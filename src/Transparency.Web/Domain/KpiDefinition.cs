namespace Transparency.Web.Domain;

/// <summary>A key performance indicator written into a contract.</summary>
public class KpiDefinition
{
    public int Id { get; set; }

    public int ContractId { get; set; }

    public Contract? Contract { get; set; }

    /// <summary>Unique within the contract, for example K1 or JOB-OUTCOME.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public KpiKind Kind { get; set; }

    public KpiUnit Unit { get; set; }

    public double Target { get; set; }

    public KpiDirection Direction { get; set; }

    public bool ServiceCreditsApply { get; set; }

    /// <summary>The dimension results may be broken down by (for example "claimant group"), when there is one.</summary>
    public string? CohortDimension { get; set; }

    /// <summary>A shared measure code that lets the same KPI be compared across contracts and regions.</summary>
    public string? ComparableMeasure { get; set; }

    /// <summary>True when results are a rate that should come with a numerator and denominator.</summary>
    public bool IsRate { get; set; }
}
