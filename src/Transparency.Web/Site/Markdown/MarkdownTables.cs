using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Markdown;

/// <summary>
/// Gives each table in a content page the same "download this table" CSV link as the site's data tables: the
/// table's cells as plain text become a <see cref="SiteTable"/> written beside the page, and a paragraph with the
/// link is placed under the table in the parsed document, so the link and the file come from the same cells.
/// </summary>
public static class MarkdownTables
{
    /// <summary>Takes the tables out as <see cref="SiteTable"/>s and adds the download link under each one.</summary>
    public static IReadOnlyList<SiteTable> Extract(MarkdownDocument document, string pageUrl)
    {
        var tables = new List<SiteTable>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in document.Descendants<Table>().ToList())
        {
            var heading = NearestHeading(table);
            var caption = heading is null ? $"Table {tables.Count + 1}" : PlainText(heading.Inline);
            var file = UniqueFile(files, heading?.GetAttributes().Id ?? "table");
            var rows = table.OfType<TableRow>().ToList();
            var header = rows.FirstOrDefault(r => r.IsHeader);
            var columns = (header ?? rows.FirstOrDefault())?.OfType<TableCell>().Select(c => new SiteColumn(CellText(c))).ToList() ?? [];
            var body = rows.Where(r => r != header)
                .Select(r => (IReadOnlyList<SiteCell>)r.OfType<TableCell>().Select(c => new SiteCell(CellText(c))).ToList())
                .ToList();
            var siteTable = new SiteTable(caption, columns, body, file, null);
            tables.Add(siteTable);
            InsertDownloadLink(table, siteTable.CsvUrl(pageUrl), caption);
        }

        return tables;
    }

    /// <summary>The heading the table sits under: the last heading before it among the document's top-level blocks.</summary>
    private static HeadingBlock? NearestHeading(Table table)
    {
        Block block = table;
        while (block.Parent is { } parent and not MarkdownDocument)
        {
            block = parent;
        }

        if (block.Parent is not MarkdownDocument document)
        {
            return null;
        }

        return document.Take(document.IndexOf(block)).OfType<HeadingBlock>().LastOrDefault();
    }

    private static string UniqueFile(HashSet<string> files, string stem)
    {
        var name = $"{stem}.csv";
        for (var n = 2; !files.Add(name); n++)
        {
            name = $"{stem}-{n}.csv";
        }

        return name;
    }

    private static void InsertDownloadLink(Table table, string csvUrl, string caption)
    {
        var paragraph = new ParagraphBlock { Inline = new ContainerInline() };
        paragraph.GetAttributes().AddClass("govuk-body-s app-table-data");
        paragraph.Inline.AppendChild(new LiteralInline("Download this table: "));
        var link = new LinkInline(csvUrl, string.Empty);
        link.GetAttributes().AddClass("govuk-link");
        link.GetAttributes().AddProperty("download", string.Empty);
        // The accessible name says which table the link is for, as the data tables' hidden text does, and starts
        // with the visible words so speech control still finds it.
        link.GetAttributes().AddProperty("aria-label", $"CSV file of {caption}");
        link.AppendChild(new LiteralInline("CSV file"));
        paragraph.Inline.AppendChild(link);
        paragraph.Inline.AppendChild(new LiteralInline("."));
        var container = table.Parent!;
        container.Insert(container.IndexOf(table) + 1, paragraph);
    }

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.OfType<LeafBlock>().Select(b => PlainText(b.Inline)).Where(t => t.Length > 0));

    /// <summary>What a reader sees of the inline content: literal text and code, without any markup.</summary>
    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
