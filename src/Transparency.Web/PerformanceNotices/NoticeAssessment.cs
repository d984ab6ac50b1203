using Transparency.Web.Domain;

namespace Transparency.Web.PerformanceNotices;

/// <summary>One KPI's assessment in a notice: the rating the rule proposes, and the administrator's decision on it.</summary>
public class NoticeAssessment
{
    public int Id { get; set; }

    public int NoticeId { get; set; }

    public int KpiDefinitionId { get; set; }

    /// <summary>The KPI's code and name when the evidence was read, so a later change to the definition leaves a ready notice as it was.</summary>
    public required string KpiCode { get; set; }

    public required string KpiName { get; set; }

    public KpiUnit Unit { get; set; }

    public double Target { get; set; }

    public KpiDirection Direction { get; set; }

    /// <summary>What <see cref="RatingRule"/> proposes from the quarterly evidence.</summary>
    public KpiRating ProposedRating { get; set; }

    /// <summary>How the rule reached <see cref="ProposedRating"/>, in words.</summary>
    public required string RuleExplanation { get; set; }

    public AssessmentDecision Decision { get; set; }

    /// <summary>The rating the notice gives: the proposal once accepted, the administrator's rating once overridden.</summary>
    public KpiRating? Rating { get; set; }

    /// <summary>Why the administrator overrode the proposal; required for an override, published with the notice.</summary>
    public string? OverrideReason { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    public List<NoticeEvidence> Evidence { get; set; } = [];
}
