using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Transparency.Web.Domain.Fields;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>Turns a workbook row's cells into text, as the spreadsheet shows them, keyed by 0-based column.</summary>
public sealed class WorkbookCells(WorkbookPart workbook)
{
    private readonly string[] _shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
        .Select(i => i.InnerText).ToArray() ?? [];

    private readonly WorkbookStyles _styles = WorkbookStyles.From(workbook);

    /// <summary>The row's non-blank cells; <paramref name="hasError"/> is set when a cell shows a spreadsheet error (reported).</summary>
    public SortedDictionary<int, string> Read(Row row, SourcePlace place, int number, HeaderMap? map, ReportBuilder report, out bool hasError)
    {
        var values = new SortedDictionary<int, string>();
        var position = 0;
        hasError = false;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference?.Value) ?? position;
            position = column + 1;
            var text = Text(cell);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (cell.DataType?.Value == CellValues.Error)
            {
                var header = map?.Columns.GetValueOrDefault(column)?.Name;
                report.Error(RuleCodes.CellError,
                    $"The cell {cell.CellReference?.Value} in row {number} of '{place.Source}' shows the error {text}. Correct the formula or type the value in.",
                    place, number, header, text);
                hasError = true;
                continue;
            }

            values[column] = text;
        }

        return values;
    }

    private string? Text(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _shared.Length ? _shared[i] : null;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Date)
        {
            return raw is { Length: >= 10 } ? raw[..10] : raw;
        }

        if (type is not null && type != CellValues.Number)
        {
            return raw;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }

        var style = cell.StyleIndex?.Value;
        if (_styles.IsDate(style) && number is > 0 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(number)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (_styles.IsPercent(style))
        {
            number *= 100;
        }

        // Converting through decimal keeps the 15 significant digits a spreadsheet shows, so 0.1 + 0.2 reads as 0.3.
        return Math.Abs(number) < 7.9e27 ? SpreadsheetNumber.Normalise((decimal)number).ToString(CultureInfo.InvariantCulture) : raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                break;
            }

            index = index * 26 + (c - 'A' + 1);
        }

        return index == 0 ? null : index - 1;
    }
}
