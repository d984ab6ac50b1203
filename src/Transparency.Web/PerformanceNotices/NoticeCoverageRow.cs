namespace Transparency.Web.PerformanceNotices;

/// <summary>A running contract over £5 million that misses a Procurement Act duty: fewer than three KPIs, or no notice in the last 12 months.</summary>
public sealed class NoticeCoverageRow
{
    public int CommissionerId { get; init; }

    public required string CommissionerIdentifier { get; init; }

    public required string CommissionerName { get; init; }

    public int ContractId { get; init; }

    public required string ContractReference { get; init; }

    public required string ContractTitle { get; init; }

    public long ValuePence { get; init; }

    public DateOnly StartDate { get; init; }

    public int Kpis { get; init; }

    /// <summary>When the contract's latest notice was marked ready, if it has one.</summary>
    public DateTime? LastNoticeReadyAt { get; init; }

    public bool TooFewKpis { get; init; }

    /// <summary>Running for 12 months or more with no notice marked ready in the last 12 months.</summary>
    public bool NoRecentNotice { get; init; }
}
