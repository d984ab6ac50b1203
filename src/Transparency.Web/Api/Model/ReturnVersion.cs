using System.ComponentModel;

namespace Transparency.Web.Api.Model;

[Description("A public version of a quarterly return: the current one (Published) or an earlier one it restated (Superseded). Drafts and withdrawn versions are never public.")]
public sealed class ReturnVersion
{
    [Description("The portal's number for the version.")]
    public int Id { get; set; }

    [Description("The number of the return the version belongs to.")]
    public int ReturnId { get; set; }

    [Description("The return the version belongs to, as currently published.")]
    public Return? Return { get; set; }

    [Description("1 for the first published version, 2 for the first restatement, and so on.")]
    public int VersionNumber { get; set; }

    [Description("Published for the current version, Superseded for one a later version restated.")]
    public required string Status { get; set; }

    [Description("True for the current version of its return.")]
    public bool IsCurrent { get; set; }

    [Description("The number of the version this one restated; empty for version 1.")]
    public int? SupersedesVersionId { get; set; }

    [Description("Why this version restated the one before it; empty for version 1.")]
    public string? RestatementReason { get; set; }

    [Description("The number of the provider that made the return.")]
    public int ProviderId { get; set; }

    [Description("The provider that made the return.")]
    public Organisation? Provider { get; set; }

    [Description("The UK financial-year quarter, such as '2025-26 Q2' (July to September 2025). Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("The first day of the quarter, for ordering and date filters.")]
    public DateOnly QuarterStart { get; set; }

    [Description("The financial year, such as '2025-26' (1 April 2025 to 31 March 2026).")]
    public required string FinancialYear { get; set; }

    [Description("When the version was published, in UTC.")]
    public DateTime PublishedAt { get; set; }

    [Description("The SHA-256 of the file the provider uploaded, in lower-case hex, so a copy can be checked.")]
    public required string FileSha256 { get; set; }

    [Description("How the version was uploaded: Workbook, CsvBundle, Csv, Json or Generated.")]
    public required string Format { get; set; }
}
