using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Portal.Provider.Returns;

/// <summary>The model of the _ReportTable partial: a caption and the entries to list.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<ValidationEntry> Entries)
{
    public static ReportTable? Errors(ValidationReport report, string caption) =>
        report.ErrorCount == 0 ? null : new(caption, [.. report.Errors]);

    public static ReportTable? Warnings(ValidationReport report) =>
        report.WarningCount == 0 ? null : new($"Warnings ({report.WarningCount}): these do not stop publishing", [.. report.Warnings]);
}
