using Transparency.Web.Domain;

namespace Transparency.Web.PerformanceNotices;

/// <summary>
/// One quarter of a KPI's evidence under an assessment: the provider's published whole-service result, or a quarter
/// with none (<see cref="ReturnVersionId"/> null), copied when the evidence is read so a ready notice never changes.
/// </summary>
public class NoticeEvidence
{
    public int Id { get; set; }

    public int AssessmentId { get; set; }

    public int QuarterCode { get; set; }

    /// <summary>The published return version the result came from; null when the quarter has no published result.</summary>
    public int? ReturnVersionId { get; set; }

    public int? VersionNumber { get; set; }

    public double? Actual { get; set; }

    public KpiRating? Rating { get; set; }

    /// <summary>True when the provider gave no rating and the portal worked it out from actual against target.</summary>
    public bool RatingDerived { get; set; }

    public string? Commentary { get; set; }
}
