using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Performance;

/// <summary>A KPI's whole-service result against the same quarter a year earlier.</summary>
public sealed class YearOnYearRow
{
    [Key]
    public int KpiDefinitionId { get; init; }

    [Key]
    public int QuarterCode { get; init; }

    public int ContractId { get; init; }

    public required string KpiCode { get; init; }

    public double Target { get; init; }

    public double Actual { get; init; }

    public double ActualYearEarlier { get; init; }

    /// <summary>Actual minus the year-earlier actual.</summary>
    public double Change { get; init; }

    /// <summary>The change in the KPI's good direction: positive is better whether higher or lower is better.</summary>
    public double Improvement { get; init; }

    public required string Rating { get; init; }

    public required string RatingYearEarlier { get; init; }
}
