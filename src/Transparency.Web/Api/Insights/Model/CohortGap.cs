using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("Creaming and parking: the gap between the best- and worst-served cohorts of one KPI in one quarter, against the whole-service result. See the methodology page, 'Cohort gaps'.")]
public sealed class CohortGap
{
    [Key]
    [Description("The number of the KPI definition.")]
    public int KpiDefinitionId { get; set; }

    [Key]
    [Description("The UK financial-year quarter, such as '2025-26 Q2'. Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("The number of the contract.")]
    public int ContractId { get; set; }

    [Description("The KPI's code in the contract.")]
    public required string KpiCode { get; set; }

    [Description("What the cohorts divide, such as 'Age band'; empty when not stated.")]
    public string? CohortDimension { get; set; }

    [Description("Cohorts with a result.")]
    public int Cohorts { get; set; }

    [Description("The whole-service result reported alongside: the expected level.")]
    public double WholeServiceActual { get; set; }

    [Description("The best-served cohort's gap to the whole-service result, in the KPI's good direction.")]
    public double BestGap { get; set; }

    [Description("The worst-served cohort's gap to the whole-service result, in the KPI's good direction.")]
    public double WorstGap { get; set; }

    [Description("BestGap minus WorstGap, in the KPI's unit: 0 when every cohort is served alike.")]
    public double Spread { get; set; }

    [Description("The best-served cohort.")]
    public required string BestCohort { get; set; }

    [Description("The worst-served cohort.")]
    public required string WorstCohort { get; set; }
}
