using System.ComponentModel;
using Transparency.Web.Domain;

namespace Transparency.Web.Api.Model;

[Description("A KPI result for one quarter, for the whole service or one cohort, from current published returns.")]
public sealed class KpiResult
{
    [Description("The portal's number for the row.")]
    public long Id { get; set; }

    [Description("The number of the published return version the row comes from.")]
    public int ReturnVersionId { get; set; }

    [Description("The published return version the row comes from.")]
    public ReturnVersion? ReturnVersion { get; set; }

    [Description("The number of the contract the row is about.")]
    public int ContractId { get; set; }

    [Description("The contract the row is about.")]
    public Contract? Contract { get; set; }

    [Description("The UK financial-year quarter, such as '2025-26 Q2' (July to September 2025). Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("The first day of the quarter, for ordering and date filters.")]
    public DateOnly QuarterStart { get; set; }

    [Description("The financial year, such as '2025-26' (1 April 2025 to 31 March 2026).")]
    public required string FinancialYear { get; set; }

    [Description("The number of the KPI definition.")]
    public int KpiDefinitionId { get; set; }

    [Description("The KPI definition: its name, kind, unit and target.")]
    public KpiDefinition? Kpi { get; set; }

    [Description("Empty for the whole service; otherwise the cohort, such as 'Long-term unemployed'.")]
    public string? Cohort { get; set; }

    [Description("The ONS GSS code of the area the result covers, such as E12000001 (North East), when reported by area.")]
    public string? AreaCode { get; set; }

    [Description("The result, in the KPI's unit.")]
    public double Actual { get; set; }

    [Description("For a rate: the number of people or cases that met the measure.")]
    public long? Numerator { get; set; }

    [Description("For a rate: the number of people or cases measured.")]
    public long? Denominator { get; set; }

    [Description("The Procurement Act 2023 rating: Good, ApproachingTarget, RequiresImprovement, Inadequate or Other.")]
    public KpiRating Rating { get; set; }

    [Description("True when the provider gave no rating and the portal derived it from the result and the target.")]
    public bool RatingDerived { get; set; }

    [Description("The provider's explanation, when given.")]
    public string? Commentary { get; set; }
}
