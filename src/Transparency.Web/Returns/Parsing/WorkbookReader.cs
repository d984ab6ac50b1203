using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Transparency.Web.Returns.Standard;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>
/// Reads the .xlsx workbook: one sheet per section, named as the section, with the header in the first
/// non-empty row. Sheets are streamed row by row (OpenXmlReader), and every part is capped in size, so a
/// large or hostile workbook never builds a large document in memory.
/// </summary>
public static class WorkbookReader
{
    public const string GuidanceSheet = "guidance";

    public static List<RawTable>? Read(UploadedFile file, ReturnsOptions limits, ReportBuilder report)
    {
        var source = file.DisplayName;
        using (var archive = BoundedArchive.Open(file.Content, source, "an .xlsx workbook", limits, report))
        {
            if (archive is null || !archive.VerifyAll(report))
            {
                return null;
            }
        }

        try
        {
            using var stream = new MemoryStream(file.Content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxExpandedBytes });
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook.");
            var cells = new WorkbookCells(workbook);
            var tables = new List<RawTable>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                var name = sheet.Name?.Value ?? string.Empty;
                var section = ReturnStandard.FindSection(name);
                if (section is null || !seen.Add(section.Name))
                {
                    if (!string.Equals(name.Trim(), GuidanceSheet, StringComparison.OrdinalIgnoreCase))
                    {
                        report.Warning(RuleCodes.SheetIgnored,
                            $"The sheet '{name}' in '{source}' was not read: only sheets named {string.Join(", ", ReturnStandard.Sections.Select(s => s.Name))} are.",
                            new SourcePlace(source, null), value: name);
                    }

                    continue;
                }

                if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part
                    && ReadSheet(part, section, new SourcePlace(name, section.Name), cells, limits, report) is { } table)
                {
                    tables.Add(table);
                }
            }

            return tables;
        }
        catch (Exception error) when (error is OpenXmlPackageException or InvalidDataException or XmlException or InvalidOperationException or IOException)
        {
            report.Error(RuleCodes.WorkbookUnreadable,
                $"'{source}' cannot be read as an .xlsx workbook. Open it in your spreadsheet program, save it as 'Excel Workbook (*.xlsx)' and upload it again.",
                new SourcePlace(source, null));
            return null;
        }
    }

    private static RawTable? ReadSheet(WorksheetPart part, SectionDefinition section, SourcePlace place, WorkbookCells cells, ReturnsOptions limits, ReportBuilder report)
    {
        using var reader = OpenXmlReader.Create(part);
        HeaderMap? map = null;
        var table = new RawTable(section, place);
        var lastRow = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int)(row.RowIndex?.Value ?? (uint)(lastRow + 1));
            lastRow = number;
            var values = cells.Read(row, place, number, map, report, out var hasError);
            if (values.Count == 0 || hasError)
            {
                continue;
            }

            if (map is null)
            {
                var headers = values.Select(v => (v.Key, v.Value)).ToList();
                map = HeaderMap.Create(section, headers, place, number, report);
                if (map is null)
                {
                    return null;
                }

                continue;
            }

            if (table.Rows.Count == limits.MaxRowsPerSection)
            {
                report.Error(RuleCodes.RowsTooMany,
                    $"The sheet '{place.Source}' has more than {limits.MaxRowsPerSection.ToString("N0", CultureInfo.InvariantCulture)} lines, the most one section may have. Remove blank or repeated lines.",
                    place, number);
                return null;
            }

            var byField = new Dictionary<string, string>();
            var extra = false;
            foreach (var (column, text) in values)
            {
                if (map.Columns.TryGetValue(column, out var field))
                {
                    byField[field.Name] = text;
                }
                else
                {
                    extra = true;
                }
            }

            if (extra)
            {
                report.Error(RuleCodes.RowExtraCells,
                    $"Row {number} of '{place.Source}' has values in a column with no header. Move them into the right column or delete them.", place, number);
                continue;
            }

            if (byField.Count > 0)
            {
                table.Rows.Add(new RawRow(number, byField));
            }
        }

        if (map is null)
        {
            report.Error(RuleCodes.FileEmpty,
                $"The sheet '{place.Source}' is empty. Keep its header row, add your lines, or delete the sheet.", place);
            return null;
        }

        return table;
    }
}
