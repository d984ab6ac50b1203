using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Portal.Provider.Returns;

/// <summary>
/// The model of the _ReportTable partial: a caption, the entries to list and the table's name on the page (its CSV
/// file is called after it).
/// </summary>
public sealed record ReportTable(string Caption, IReadOnlyList<ValidationEntry> Entries, string CsvName)
{
    public static ReportTable? Errors(ValidationReport report, string caption) =>
        report.ErrorCount == 0 ? null : new(caption, [.. report.Errors], "errors");

    public static ReportTable? Warnings(ValidationReport report) =>
        report.WarningCount == 0 ? null : new($"Warnings ({report.WarningCount}): these do not stop publishing", [.. report.Warnings], "warnings");
}
