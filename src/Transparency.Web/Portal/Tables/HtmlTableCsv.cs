using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Transparency.Web.Feeds.Downloads;

namespace Transparency.Web.Portal.Tables;

/// <summary>
/// A rendered HTML table as CSV: what the reader sees on the page, row for row, so the file can never disagree with
/// the table. The header is the last row of <c>thead</c>; cells spanning columns are followed by empty fields so
/// columns stay aligned; a cell holding a single <c>&lt;data value&gt;</c> or <c>&lt;time datetime&gt;</c> gives its
/// machine-readable value. Controls (forms, buttons) are not data and are left out, and so is a column that has
/// neither a heading nor any text. The markup is parsed by AngleSharp's HTML5 parser rather than by hand, so entities,
/// nested markup and optional end tags read as a browser reads them.
/// </summary>
public static partial class HtmlTableCsv
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The table element, parsed once, for a caller that needs both its caption and its CSV.</summary>
    public static IElement? Parse(string tableHtml) =>
        Parser.ParseDocument("<!doctype html><body>" + tableHtml).QuerySelector("table");

    /// <summary>The text of the table's caption, or null.</summary>
    public static string? Caption(string tableHtml) => Caption(Parse(tableHtml));

    public static string? Caption(IElement? table) =>
        table?.QuerySelector("caption") is { } caption ? Normalise(caption.TextContent) : null;

    /// <summary>The table's header and body rows as text, one list per row.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(string tableHtml) => Rows(Parse(tableHtml));

    public static IReadOnlyList<IReadOnlyList<string>> Rows(IElement? table)
    {
        if (table is null)
        {
            return [];
        }

        var headRows = table.QuerySelectorAll(":scope > thead > tr").ToList();
        var bodyRows = table.QuerySelectorAll(":scope > tbody > tr, :scope > tfoot > tr, :scope > tr").ToList();
        var rows = new List<List<string>>();
        if (headRows.Count > 0)
        {
            rows.Add(Cells(headRows[^1]));
        }

        rows.AddRange(bodyRows.Select(Cells));
        return DropEmptyColumns(rows);
    }

    /// <summary>The table as RFC 4180 CSV (UTF-8, formula-like text escaped).</summary>
    public static byte[] Csv(string tableHtml) => Csv(Parse(tableHtml));

    public static byte[] Csv(IElement? table)
    {
        using var stream = new MemoryStream();
        using (var csv = new SafeCsvWriter(stream))
        {
            foreach (var row in Rows(table))
            {
                foreach (var field in row)
                {
                    csv.WriteField(ColumnType.Text, field);
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    private static List<string> Cells(IElement row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
        {
            cells.Add(Text(cell));
            var span = int.TryParse(cell.GetAttribute("colspan"), out var n) ? Math.Clamp(n, 1, 100) : 1;
            cells.AddRange(Enumerable.Repeat(string.Empty, span - 1));
        }

        return cells;
    }

    private static string Text(IElement cell)
    {
        var copy = (IElement)cell.Clone();
        foreach (var control in copy.QuerySelectorAll("form, button, input, select, textarea, script, style, template").ToList())
        {
            control.Remove();
        }

        var text = Normalise(copy.TextContent);
        var values = copy.QuerySelectorAll("data[value], time[datetime]").ToList();
        if (values.Count == 1 && Normalise(values[0].TextContent) == text)
        {
            return values[0].GetAttribute(values[0].LocalName == "data" ? "value" : "datetime") ?? text;
        }

        return text;
    }

    private static List<IReadOnlyList<string>> DropEmptyColumns(List<List<string>> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var keep = Enumerable.Range(0, width).Where(i => rows.Any(r => i < r.Count && r[i].Length > 0)).ToList();
        return [.. rows.Select(r => (IReadOnlyList<string>)[.. keep.Select(i => i < r.Count ? r[i] : string.Empty)])];
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
