using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Performance;

/// <summary>A KPI rated Requires improvement or Inadequate in a quarter and in the quarter before it.</summary>
public sealed class PersistentUnderperformanceRow
{
    [Key]
    public int KpiDefinitionId { get; init; }

    [Key]
    public int QuarterCode { get; init; }

    public int ContractId { get; init; }

    public required string ContractReference { get; init; }

    public int ProviderId { get; init; }

    public required string KpiCode { get; init; }

    public required string KpiName { get; init; }

    /// <summary>The rating this quarter: RequiresImprovement or Inadequate.</summary>
    public required string Rating { get; init; }

    /// <summary>
    /// Quarters in a row, ending with this one, rated Requires improvement or Inadequate: counted back to the
    /// last quarter with a better rating (a quarter with no published result does not end the run).
    /// </summary>
    public int QuartersRunning { get; init; }
}
