namespace Transparency.Web.Administration.Registry;

/// <summary>A KPI definition as typed in the form or a row of kpis.csv; every value is text until checked.</summary>
public sealed class KpiRow
{
    public static readonly IReadOnlyList<RegistryColumn<KpiRow>> Columns =
    [
        new("contract", nameof(Contract), r => r.Contract, (r, v) => r.Contract = v, Required: true),
        new("code", nameof(Code), r => r.Code, (r, v) => r.Code = v, Required: true),
        new("name", nameof(Name), r => r.Name, (r, v) => r.Name = v, Required: true),
        new("kind", nameof(Kind), r => r.Kind, (r, v) => r.Kind = v, Required: true),
        new("unit", nameof(Unit), r => r.Unit, (r, v) => r.Unit = v, Required: true),
        new("target", nameof(Target), r => r.Target, (r, v) => r.Target = v, Required: true),
        new("direction", nameof(Direction), r => r.Direction, (r, v) => r.Direction = v, Required: true),
        new("description", nameof(Description), r => r.Description, (r, v) => r.Description = v),
        new("service_credits", nameof(ServiceCredits), r => r.ServiceCredits, (r, v) => r.ServiceCredits = v),
        new("is_rate", nameof(IsRate), r => r.IsRate, (r, v) => r.IsRate = v),
        new("cohort_dimension", nameof(CohortDimension), r => r.CohortDimension, (r, v) => r.CohortDimension = v),
        new("comparable_measure", nameof(ComparableMeasure), r => r.ComparableMeasure, (r, v) => r.ComparableMeasure = v),
    ];

    /// <summary>The contract's reference.</summary>
    public string? Contract { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Unit { get; set; }

    public string? Target { get; set; }

    public string? Direction { get; set; }

    public string? Description { get; set; }

    public string? ServiceCredits { get; set; }

    public string? IsRate { get; set; }

    public string? CohortDimension { get; set; }

    public string? ComparableMeasure { get; set; }
}
