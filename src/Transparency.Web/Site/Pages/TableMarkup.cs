using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>
/// The HTML of a <see cref="DataTable"/>, written straight into a string. Tables are most of a contract page's markup,
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

    public static string For(SiteTable table, string pageUrl, string empty)
    {
        var html = new StringBuilder(256 + table.Rows.Count * table.Columns.Count * 64);
        if (table.Rows.Count == 0)
        {
            html.Append("<h3 class=\"govuk-heading-s\">").Append(Encode(table.Caption)).Append("</h3>\n    <p class=\"govuk-body\">")
                .Append(Encode(empty)).Append("</p>");
            return html.ToString();
        }

        var caption = Encode(table.Caption);
        html.Append("<div class=\"app-table-wrapper\" role=\"region\" aria-label=\"").Append(caption)
            .Append("\" tabindex=\"0\"><table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">").Append(caption)
            .Append("</caption>\n            <thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
        foreach (var column in table.Columns)
        {
            html.Append(column.Numeric ? "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">" : "<th scope=\"col\" class=\"govuk-table__header\">")
                .Append(Encode(column.Header)).Append("</th>");
        }

        html.Append("</tr></thead>\n            <tbody class=\"govuk-table__body\">");
        foreach (var row in table.Rows)
        {
            html.Append("<tr class=\"govuk-table__row\">");
            for (var i = 0; i < row.Count; i++)
            {
                if (i == 0)
                {
                    html.Append("<th scope=\"row\" class=\"govuk-table__header\">");
                    Cell(html, row[i]);
                    html.Append("</th>");
                }
                else
                {
                    html.Append(table.Columns[i].Numeric ? "<td class=\"govuk-table__cell govuk-table__cell--numeric\">" : "<td class=\"govuk-table__cell\">");
                    Cell(html, row[i]);
                    html.Append("</td>");
                }
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>\n    <p class=\"govuk-body-s app-table-data\">\n        Get this table’s data:\n        <a class=\"govuk-link\" href=\"")
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
