using Transparency.Web.Domain;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>
/// Checks an upload's size and type before reading anything, then hands each file to its reader. Accepted:
/// one .xlsx workbook, one .zip of section CSVs, one or more section CSVs, or one JSON document.
/// </summary>
public sealed class UploadReader(ReturnsOptions limits)
{
    private static readonly string[] Accepted = [".xlsx", ".zip", ".csv", ".json"];

    public ParsedUpload? Read(IReadOnlyList<UploadedFile> files, Quarter quarter, ReportBuilder report)
    {
        if (!CheckUpFront(files, report))
        {
            return null;
        }

        var extension = files[0].Extension;
        var (format, tables) = extension switch
        {
            ".xlsx" => (UploadFormat.Workbook, WorkbookReader.Read(files[0], limits, report)),
            ".zip" => (UploadFormat.CsvBundle, CsvBundleReader.Read(files[0], limits, report)),
            ".json" => (UploadFormat.Json, JsonReturnReader.Read(files[0], quarter, limits, report)),
            _ => (UploadFormat.Csv, ReadCsvFiles(files, report)),
        };
        return tables is null ? null : new ParsedUpload(format, tables);
    }

    private List<RawTable> ReadCsvFiles(IReadOnlyList<UploadedFile> files, ReportBuilder report)
    {
        var tables = new List<RawTable>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.DisplayName, StringComparer.OrdinalIgnoreCase))
        {
            if (SectionFiles.Match(file.DisplayName, null, seen, report) is { } section
                && CsvSectionReader.Read(file.DisplayName, file.Content, section, limits, report) is { } table)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    private bool CheckUpFront(IReadOnlyList<UploadedFile> files, ReportBuilder report)
    {
        if (files.Count == 0)
        {
            report.Error(RuleCodes.FileMissing, "Choose a file to upload: your return as an .xlsx workbook, a .zip of CSV files, CSV files or a JSON document.");
            return false;
        }

        var total = files.Sum(f => (long)f.Content.Length);
        if (total > limits.MaxUploadBytes)
        {
            var name = files.Count == 1 ? $"'{files[0].DisplayName}' is" : "The files are";
            report.Error(RuleCodes.FileTooLarge,
                $"{name} {ReturnsOptions.Megabytes(total)}. Upload no more than {ReturnsOptions.Megabytes(limits.MaxUploadBytes)}: a .zip of the CSV files is usually much smaller.");
            return false;
        }

        if (files.Count > limits.MaxFiles)
        {
            report.Error(RuleCodes.TooManyFiles, $"Upload at most {limits.MaxFiles} files at once: one for each section of the return.");
            return false;
        }

        var ok = true;
        foreach (var file in files)
        {
            ok &= CheckFile(file, report);
        }

        if (ok && files.Count > 1 && files.Any(f => f.Extension != ".csv"))
        {
            report.Error(RuleCodes.FilesMixed,
                "Upload either one .xlsx workbook, one .zip file, one JSON document, or CSV files only. Only CSV files can be uploaded together.");
            return false;
        }

        return ok;
    }

    private static bool CheckFile(UploadedFile file, ReportBuilder report)
    {
        var place = new SourcePlace(file.DisplayName, null);
        if (!Accepted.Contains(file.Extension))
        {
            var hint = file.Extension is ".xls" or ".ods" or ".numbers" ? " Save your spreadsheet as an Excel Workbook (.xlsx) first." : string.Empty;
            report.Error(RuleCodes.FileTypeNotAccepted,
                $"'{file.DisplayName}' is not a type of file the portal accepts. Upload an .xlsx workbook, a .zip of CSV files, CSV files or a JSON document.{hint}",
                place, value: file.Extension);
            return false;
        }

        if (file.Content.Length == 0)
        {
            report.Error(RuleCodes.FileEmpty, $"'{file.DisplayName}' is empty. Check you chose the right file.", place);
            return false;
        }

        var isZip = file.Content is [0x50, 0x4B, 0x03 or 0x05, 0x04 or 0x06, ..];
        var expectsZip = file.Extension is ".xlsx" or ".zip";
        if (isZip != expectsZip)
        {
            var actually = isZip
                ? "a spreadsheet workbook or .zip file, not a text file"
                : file.Content is [0xD0, 0xCF, 0x11, 0xE0, ..] ? "an old-style .xls workbook" : "not a workbook or .zip file";
            report.Error(RuleCodes.FileContentMismatch,
                $"'{file.DisplayName}' is {actually}, so it cannot be read as {file.Extension}. {Advice(file.Extension)}",
                place);
            return false;
        }

        return true;
    }

    private static string Advice(string extension) => extension switch
    {
        ".xlsx" => "Save it from your spreadsheet program as an Excel Workbook (.xlsx).",
        ".zip" => "Make the .zip again from the section CSV files.",
        ".csv" => "Save it as CSV UTF-8, or upload the workbook as .xlsx.",
        _ => "Save it as UTF-8 JSON.",
    };
}
