using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>Reads a .zip of section CSV files, in whatever folder inside the zip they are.</summary>
public static class CsvBundleReader
{
    public static List<RawTable>? Read(UploadedFile file, ReturnsOptions limits, ReportBuilder report)
    {
        using var archive = BoundedArchive.Open(file.Content, file.DisplayName, "a .zip file", limits, report);
        if (archive is null)
        {
            return null;
        }

        var tables = new List<RawTable>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry.FullName);
            if (name.Length == 0 || name.StartsWith('.') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal))
            {
                // Folders and the hidden files some systems add to every zip they make.
                continue;
            }

            if (SectionFiles.Match(name, file.DisplayName, seen, report) is not { } section)
            {
                continue;
            }

            if (archive.Read(entry, report) is not { } bytes)
            {
                return null;
            }

            if (CsvSectionReader.Read(name, bytes, section, limits, report) is { } table)
            {
                tables.Add(table);
            }
        }

        if (tables.Count == 0 && !report.HasErrors)
        {
            report.Error(RuleCodes.FileEmpty,
                $"'{file.DisplayName}' holds no section files. Put the return's CSV files in it, named {SectionFiles.Expected}.", new SourcePlace(file.DisplayName, null));
        }

        return tables;
    }
}
