using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("A KPI's whole-service result against the same quarter a year earlier. See the methodology page, 'Performance'.")]
public sealed class YearOnYear
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

    [Description("The KPI's target, in its unit.")]
    public double Target { get; set; }

    [Description("The result this quarter, in the KPI's unit.")]
    public double Actual { get; set; }

    [Description("The result in the same quarter a year earlier.")]
    public double ActualYearEarlier { get; set; }

    [Description("Actual minus ActualYearEarlier.")]
    public double Change { get; set; }

    [Description("The change in the KPI's good direction: positive is better whether higher or lower is better.")]
    public double Improvement { get; set; }

    [Description("The rating this quarter.")]
    public required string Rating { get; set; }

    [Description("The rating a year earlier.")]
    public required string RatingYearEarlier { get; set; }
}
