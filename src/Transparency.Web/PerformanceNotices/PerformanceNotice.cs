namespace Transparency.Web.PerformanceNotices;

/// <summary>
/// A contract performance notice (UK9, Procurement Act 2023 s.52 and s.71) the portal drafted for one contract and a
/// 12-month assessment period, with one assessment per KPI. An administrator reviews each assessment and marks the
/// notice ready; only a ready notice is public. The portal never sends it to Find a Tender: the administrator records
/// the identifier Find a Tender gave it once it is published there.
/// </summary>
public class PerformanceNotice
{
    public int Id { get; set; }

    public int ContractId { get; set; }

    /// <summary>The first quarter of the period, as its code (20244 for 2024-25 Q4).</summary>
    public int FromQuarterCode { get; set; }

    /// <summary>The last quarter of the period: always three quarters after <see cref="FromQuarterCode"/>.</summary>
    public int ToQuarterCode { get; set; }

    public PerformanceNoticeStatus Status { get; set; }

    /// <summary>The contract's total value when the evidence was last gathered, in pence; null when not stated.</summary>
    public long? ContractValuePence { get; set; }

    /// <summary>Find a Tender's notice identifier (such as <c>012345-2026</c>) once the administrator records it.</summary>
    public string? FindATenderNoticeId { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>When the quarterly evidence was last read from the published returns.</summary>
    public DateTime EvidenceReadAt { get; set; }

    public DateTime? ReadyAt { get; set; }

    public string? ReadyBy { get; set; }

    public List<NoticeAssessment> Assessments { get; set; } = [];
}
