namespace Transparency.Web.Domain;

/// <summary>
/// One upload of a quarterly return. A draft becomes published version N; restating creates version N+1,
/// which supersedes N. Nothing published is ever changed or deleted: withdrawal only hides a version.
/// </summary>
public class ReturnVersion
{
    public int Id { get; set; }

    public int ReturnId { get; set; }

    public QuarterlyReturn? Return { get; set; }

    /// <summary>1, 2, … once published; null while a draft.</summary>
    public int? VersionNumber { get; set; }

    public ReturnVersionStatus Status { get; set; }

    public int? SupersedesVersionId { get; set; }

    public ReturnVersion? Supersedes { get; set; }

    public string? RestatementReason { get; set; }

    public required string OriginalFileName { get; set; }

    /// <summary>The server-chosen name of the stored original, outside wwwroot.</summary>
    public string? StoredFileName { get; set; }

    /// <summary>Lower-case hex SHA-256 of the original bytes; the same bytes are never stored twice for a return.</summary>
    public required string FileSha256 { get; set; }

    public UploadFormat Format { get; set; }

    public required string SubmittedBy { get; set; }

    public DateTime SubmittedAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTime? PublishedAt { get; set; }

    public string? WithdrawnBy { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    public string? WithdrawalReason { get; set; }

    public int ErrorCount { get; set; }

    public int WarningCount { get; set; }

    /// <summary>The validation report as JSON, kept with the version for audit.</summary>
    public string? ValidationReportJson { get; set; }

    public List<FundingRecord> Funding { get; set; } = [];

    public List<KpiResult> KpiResults { get; set; } = [];

    public List<SubcontractRecord> Subcontracts { get; set; } = [];

    public List<SatisfactionResult> Satisfaction { get; set; } = [];
}
