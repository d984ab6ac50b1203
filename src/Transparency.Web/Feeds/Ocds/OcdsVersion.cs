using Transparency.Web.Domain;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>One public return version's facts about one contract.</summary>
public sealed record OcdsVersion(
    int Id,
    int QuarterCode,
    int Number,
    ReturnVersionStatus Status,
    DateTime PublishedAt,
    string? RestatementReason,
    IReadOnlyList<FundingRecord> Funding,
    IReadOnlyList<KpiResult> KpiResults,
    IReadOnlyList<SubcontractRecord> Subcontracts,
    IReadOnlyList<SatisfactionResult> Satisfaction);
