using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("A comparable KPI's mean whole-service result in one region and quarter, rated red, amber or green by thirds of the range across regions. See the methodology page, 'Regional variation'.")]
public sealed class RegionalVariation
{
    [Key]
    [Description("The measure the KPIs share, such as 'job-outcome-rate'.")]
    public required string ComparableMeasure { get; set; }

    [Key]
    [Description("ONS GSS code of the region, such as E12000001 (North East).")]
    public required string AreaCode { get; set; }

    [Key]
    [Description("The UK financial-year quarter, such as '2025-26 Q2'. Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("True when a lower result is better.")]
    public bool LowerIsBetter { get; set; }

    [Description("Whole-service results averaged.")]
    public int Results { get; set; }

    [Description("The mean of the whole-service results reported for the region, in the KPI's unit.")]
    public double Average { get; set; }

    [Description("The lowest regional mean for the measure in the quarter.")]
    public double LowestRegion { get; set; }

    [Description("The highest regional mean for the measure in the quarter.")]
    public double HighestRegion { get; set; }

    [Description("Green for the best third of the range across regions, Amber for the middle, Red for the worst; Amber when all regions are equal.")]
    public required string Rag { get; set; }
}
