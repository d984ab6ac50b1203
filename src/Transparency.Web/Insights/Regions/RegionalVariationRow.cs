using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Regions;

/// <summary>A comparable KPI's mean result in one region and quarter, rated against the other regions.</summary>
public sealed class RegionalVariationRow
{
    [Key]
    public required string ComparableMeasure { get; init; }

    /// <summary>ONS GSS code of the region, such as E12000001 (North East).</summary>
    [Key]
    public required string AreaCode { get; init; }

    [Key]
    public int QuarterCode { get; init; }

    public bool LowerIsBetter { get; init; }

    /// <summary>Whole-service results averaged.</summary>
    public int Results { get; init; }

    /// <summary>Mean of the whole-service results reported for the region.</summary>
    public double Average { get; init; }

    /// <summary>The lowest regional mean for the measure in the quarter.</summary>
    public double LowestRegion { get; init; }

    public double HighestRegion { get; init; }

    /// <summary>"Green" for the best third of the range across regions, "Amber" for the middle, "Red" for the worst.</summary>
    public required string Rag { get; init; }
}
