using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

/// <summary>One version of a return as its history shows it.</summary>
public sealed record VersionSummary(
    int Id,
    int? VersionNumber,
    ReturnVersionStatus Status,
    string OriginalFileName,
    string FileSha256,
    UploadFormat Format,
    string SubmittedBy,
    DateTime SubmittedAt,
    string? PublishedBy,
    DateTime? PublishedAt,
    string? RestatementReason,
    int? SupersedesVersionId,
    string? WithdrawnBy,
    DateTime? WithdrawnAt,
    string? WithdrawalReason,
    int ErrorCount,
    int WarningCount);
