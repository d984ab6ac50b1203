using Transparency.Web.Domain;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>
/// Checks an upload's size and type before reading anything (the submission service runs the same checks before
/// it looks for a duplicate), then hands each file to its reader. Accepted: one .xlsx workbook, one .zip of section
/// CSVs, one or more section CSVs, or one JSON document.
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

    /// <summary>Size, count and type of every file, from the bytes (<see cref="FileSniffer"/>); false when any is wrong (reported).</summary>
    public bool CheckUpFront(IReadOnlyList<UploadedFile> files, ReportBuilder report)
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
        if (file.Content.Length == 0)
        {
            report.Error(RuleCodes.FileEmpty, $"'{file.DisplayName}' is empty. Check you chose the right file.", place);
            return false;
        }

        if (FileSniffer.Check(file) is { } wrong)
        {
            report.Error(wrong.Code, wrong.Message, place);
            return false;
        }

        if (!Accepted.Contains(file.Extension))
        {
            var hint = file.Extension is ".xls" or ".ods" or ".numbers" ? " Save your spreadsheet as an Excel Workbook (.xlsx) first." : string.Empty;
            report.Error(RuleCodes.FileTypeNotAccepted,
                $"'{file.DisplayName}' is not a type of file the portal accepts. Upload an .xlsx workbook, a .zip of CSV files, CSV files or a JSON document.{hint}",
                place, value: file.Extension);
            return false;
        }

        return true;
    }
}
