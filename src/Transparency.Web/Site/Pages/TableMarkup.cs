using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>
/// The HTML of a <see cref="DataTable"/>, written straight into a string. Every table scrolls inside its own region on
/// a narrow screen, sorts by its column headers where JavaScript runs (MOJ Frontend's sortable table, which reads
/// <c>aria-sort</c> and <c>data-sort-value</c>), shows only its first <see cref="RowsShown"/> rows when it has more than
/// <see cref="CollapseAbove"/> until the reader opens "Show all" (a &lt;details&gt; the stylesheet reads, so it works
/// without JavaScript), shows at most <see cref="MostRowsInPage"/> rows, and links to its CSV file, which has every row. Tables are most of a contract page's markup,
/// and building them as render-tree frames (one per element, attribute and text) and then walking those frames cost more
/// than the rest of the page; the markup is exactly what the Razor template wrote, whitespace included.
/// </summary>
public static class TableMarkup
{
    /// <summary>
    /// The encoder of every page, here and in the Razor renderer (PageRenderer registers this instance): only markup
    /// characters are escaped, since pages are UTF-8.
    /// </summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Tables longer than this are collapsed.</summary>
    public const int CollapseAbove = 12;

    /// <summary>How many rows a collapsed table shows.</summary>
    public const int RowsShown = 10;

    /// <summary>
    /// The most rows a page holds of one table; the CSV file and the OData query have them all. At national scale the
    /// list of contracts missing a duty has tens of thousands of rows, which made a 32 MB page no phone could open.
    /// </summary>
    public const int MostRowsInPage = 500;

    public static string For(SiteTable table, string pageUrl, string empty, int headingLevel = 3)
    {
        var html = new StringBuilder(256 + table.Rows.Count * table.Columns.Count * 64);
        if (table.Rows.Count == 0)
        {
            html.Append("<h").Append(headingLevel).Append(" class=\"govuk-heading-s\">").Append(Encode(table.Caption)).Append("</h").Append(headingLevel).Append(">\n    <p class=\"govuk-body\">")
                .Append(Encode(empty)).Append("</p>");
            return html.ToString();
        }

        var caption = Encode(table.Caption);
        var collapsed = table.Rows.Count > CollapseAbove;
        var sortable = table.Rows.Count > 1;
        html.Append("<div class=\"app-table-wrapper\" role=\"region\" aria-label=\"").Append(caption)
            .Append("\" tabindex=\"0\"><table class=\"govuk-table\"")
            .Append(sortable ? " data-module=\"moj-sortable-table\"" : string.Empty)
            .Append(collapsed ? $" data-collapse-after=\"{RowsShown}\"" : string.Empty)
            .Append("><caption class=\"govuk-table__caption govuk-table__caption--s\">").Append(caption)
            .Append("</caption>\n            <thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
        foreach (var column in table.Columns)
        {
            html.Append(column.Numeric ? "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\"" : "<th scope=\"col\" class=\"govuk-table__header\"")
                .Append(sortable ? " aria-sort=\"none\">" : ">").Append(Encode(column.Header)).Append("</th>");
        }

        html.Append("</tr></thead>\n            <tbody class=\"govuk-table__body\">");
        var shown = Math.Min(table.Rows.Count, MostRowsInPage);
        for (var r = 0; r < shown; r++)
        {
            var row = table.Rows[r];
            html.Append(collapsed && r >= RowsShown ? "<tr class=\"govuk-table__row app-table__row--more\">" : "<tr class=\"govuk-table__row\">");
            for (var i = 0; i < row.Count; i++)
            {
                if (i == 0)
                {
                    html.Append("<th scope=\"row\" class=\"govuk-table__header\"").Append(SortValue(row[i], table.Columns[i])).Append('>');
                    Cell(html, row[i]);
                    html.Append("</th>");
                }
                else
                {
                    html.Append(table.Columns[i].Numeric ? "<td class=\"govuk-table__cell govuk-table__cell--numeric\"" : "<td class=\"govuk-table__cell\"")
                        .Append(SortValue(row[i], table.Columns[i])).Append('>');
                    Cell(html, row[i]);
                    html.Append("</td>");
                }
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>\n    ");
        if (collapsed)
        {
            html.Append("<details class=\"app-table-more\"><summary class=\"govuk-link govuk-body-s\">")
                .Append(shown < table.Rows.Count ? $"Show the first {Number(shown)} of {Number(table.Rows.Count)}" : $"Show all {Number(table.Rows.Count)}")
                .Append(" rows<span class=\"govuk-visually-hidden\"> of ").Append(caption).Append("</span></summary></details>\n    ");
        }

        if (shown < table.Rows.Count)
        {
            html.Append("<p class=\"govuk-body-s\">This page shows the first ").Append(Number(shown)).Append(" of ").Append(Number(table.Rows.Count))
                .Append(" rows, and sorts only those; the CSV file has every row.</p>\n    ");
        }

        html.Append("<p class=\"govuk-body-s app-table-data\">\n        Download this table:\n        <a class=\"govuk-link\" href=\"")
            .Append(Encode(table.CsvUrl(pageUrl))).Append("\" download>CSV file<span class=\"govuk-visually-hidden\"> of ").Append(caption).Append("</span></a>");
        if (table.ODataQuery is not null)
        {
            html.Append(" or the <a class=\"govuk-link\" href=\"").Append(Encode(table.ODataQuery)).Append("\">OData API query<span class=\"govuk-visually-hidden\"> for ")
                .Append(caption).Append("</span></a>");
        }

        return html.Append(".        Everything published is also in the <a class=\"govuk-link\" href=\"").Append(Encode(ODataLinks.Downloads))
            .Append("\">bulk downloads</a> and the <a class=\"govuk-link\" href=\"").Append(Encode(ODataLinks.ReturnsFeed))
            .Append("\">feed of published returns</a>.\n    </p>").ToString();
    }

    /// <summary>
    /// What the sortable table sorts a cell by: a numeric column's plain number (the CSV value, or the text without £, %
    /// and thousands separators), or the CSV value where it differs from the text (dates as ISO dates).
    /// </summary>
    private static string SortValue(SiteCell cell, SiteColumn column)
    {
        if (column.Numeric)
        {
            var plain = (cell.Csv ?? cell.Text).Replace("£", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal)
                .Replace(",", string.Empty, StringComparison.Ordinal).Trim();
            return double.TryParse(plain, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
                ? $" data-sort-value=\"{Encode(plain)}\""
                : " data-sort-value=\"\"";
        }

        return cell.Csv is { Length: > 0 } csv && csv != cell.Text ? $" data-sort-value=\"{Encode(csv)}\"" : string.Empty;
    }

    private static string Number(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static void Cell(StringBuilder html, SiteCell cell)
    {
        if (cell.TagClass is not null)
        {
            html.Append("<strong class=\"").Append(Encode(cell.TagClass)).Append("\">").Append(Encode(cell.Text)).Append("</strong>");
        }
        else if (cell.Href is not null)
        {
            html.Append("<a class=\"govuk-link\" href=\"").Append(Encode(cell.Href)).Append("\">").Append(Encode(cell.Text)).Append("</a>");
        }
        else
        {
            html.Append(Encode(cell.Text));
        }
    }

    /// <summary>Text or an attribute value escaped as the page renderer escapes it.</summary>
    public static string Encode(string text) => Encoder.Encode(text);
}
