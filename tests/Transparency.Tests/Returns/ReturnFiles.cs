using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Standard;

namespace Transparency.Tests.Returns;

/// <summary>
/// Writes one return's lines in every accepted form, the way a provider would fill in the templates: CSV files,
/// a .zip of them, the workbook (rows added to the downloaded template) and the JSON document.
/// Lines are given per section as values by field name.
/// </summary>
public sealed class ReturnFiles(Quarter quarter)
{
    private readonly Dictionary<SectionDefinition, List<Dictionary<string, string>>> _lines = [];

    public ReturnFiles Add(SectionDefinition section, Dictionary<string, string> values)
    {
        var line = new Dictionary<string, string>(values) { [FieldNames.Quarter] = quarter.ToString() };
        if (!_lines.TryGetValue(section, out var list))
        {
            _lines[section] = list = [];
        }

        list.Add(line);
        return this;
    }

    /// <summary>One line per section made of each field's example value: the examples are a clean return for the example provider.</summary>
    public static ReturnFiles FromExamples(Quarter quarter)
    {
        var files = new ReturnFiles(quarter);
        foreach (var section in ReturnStandard.Sections)
        {
            files.Add(section, section.Fields.ToDictionary(f => f.Name, f => f.Example));
        }

        return files;
    }

    public UploadedFile[] CsvFiles(Func<SectionDefinition, byte[]>? template = null) =>
        _lines.Select(s => new UploadedFile(s.Key.FileName, Csv(s.Key, s.Value, template?.Invoke(s.Key)))).ToArray();

    public UploadedFile Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in CsvFiles())
            {
                using var stream = zip.CreateEntry("return/" + file.FileName).Open();
                stream.Write(file.Content);
            }
        }

        return new UploadedFile("return.zip", buffer.ToArray());
    }

    public UploadedFile Json()
    {
        var document = new JsonObject { ["standard"] = ReturnStandard.Version, ["quarter"] = quarter.ToString() };
        foreach (var (section, lines) in _lines)
        {
            var items = new JsonArray();
            foreach (var line in lines)
            {
                var item = new JsonObject();
                foreach (var field in section.Fields.Where(f => f.Name != FieldNames.Quarter && line.ContainsKey(f.Name)))
                {
                    item[field.Name] = field.IsNumeric
                        ? JsonValue.Create(decimal.Parse(line[field.Name].Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture))
                        : JsonValue.Create(line[field.Name]);
                }

                items.Add(item);
            }

            document[section.JsonName] = items;
        }

        return new UploadedFile("return.json", Encoding.UTF8.GetBytes(document.ToJsonString()));
    }

    /// <summary>The workbook template with the lines typed in: numbers as numbers, everything else as text.</summary>
    public UploadedFile Workbook(byte[] template)
    {
        using var buffer = new MemoryStream();
        buffer.Write(template);
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            var workbook = document.WorkbookPart!;
            foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
            {
                var section = ReturnStandard.FindSection(sheet.Name!.Value!);
                if (section is null || !_lines.TryGetValue(section, out var lines))
                {
                    continue;
                }

                var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.GetFirstChild<SheetData>()!;
                var headers = data.Elements<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToList();
                var rowIndex = 1u;
                foreach (var line in lines)
                {
                    var row = new Row { RowIndex = ++rowIndex };
                    for (var i = 0; i < headers.Count; i++)
                    {
                        if (line.TryGetValue(headers[i], out var value))
                        {
                            row.Append(Cell(section.Find(headers[i])!, $"{(char)('A' + i)}{rowIndex}", value));
                        }
                    }

                    data.Append(row);
                }
            }
        }

        return new UploadedFile("return.xlsx", buffer.ToArray());
    }

    /// <summary>Numbers, and dates typed as day numbers (a General-format cell), as number cells; everything else as text.</summary>
    private static Cell Cell(FieldDefinition field, string reference, string value) =>
        (field.IsNumeric || (field.Type == FieldType.Date && value.All(char.IsAsciiDigit))) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? new Cell { CellReference = reference, CellValue = new CellValue(number) }
            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };

    private static byte[] Csv(SectionDefinition section, List<Dictionary<string, string>> lines, byte[]? template)
    {
        var text = new StringBuilder();
        var headers = section.Fields.Select(f => f.Name).ToList();
        if (template is null)
        {
            text.Append(string.Join(',', headers)).Append("\r\n");
        }

        foreach (var line in lines)
        {
            text.Append(string.Join(',', headers.Select(h => Quote(line.GetValueOrDefault(h) ?? string.Empty)))).Append("\r\n");
        }

        return [.. template ?? [], .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
        ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : value;
}
