using System.ComponentModel;
using Transparency.Web.Domain;

namespace Transparency.Web.Api.Model;

[Description("A key performance indicator written into a contract.")]
public sealed class KpiDefinition
{
    [Description("The portal's number for the KPI.")]
    public int Id { get; set; }

    [Description("The number of the contract the KPI belongs to.")]
    public int ContractId { get; set; }

    [Description("The contract the KPI belongs to.")]
    public Contract? Contract { get; set; }

    [Description("The KPI's code, unique within its contract, such as K1.")]
    public required string Code { get; set; }

    [Description("What the KPI measures.")]
    public required string Name { get; set; }

    [Description("A longer description of the KPI.")]
    public string? Description { get; set; }

    [Description("Input (resources put in), Output (activity delivered) or Outcome (the change achieved for people).")]
    public KpiKind Kind { get; set; }

    [Description("Percentage, Count, Days, Pounds or Score.")]
    public KpiUnit Unit { get; set; }

    [Description("The target in the contract, in the KPI's unit.")]
    public double Target { get; set; }

    [Description("HigherIsBetter or LowerIsBetter.")]
    public KpiDirection Direction { get; set; }

    [Description("True when missing the target reduces the provider's payment.")]
    public bool ServiceCreditsApply { get; set; }

    [Description("The dimension results are broken down by, such as 'Claimant group', when there is one.")]
    public string? CohortDimension { get; set; }

    [Description("A shared measure code that lets the same KPI be compared across contracts.")]
    public string? ComparableMeasure { get; set; }

    [Description("True when results are a rate reported with a numerator and denominator.")]
    public bool IsRate { get; set; }

    [Description("The KPI's results, from current published returns.")]
    public List<KpiResult> Results { get; set; } = [];
}
