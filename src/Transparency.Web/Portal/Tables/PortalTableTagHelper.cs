using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.WebUtilities;

namespace Transparency.Web.Portal.Tables;

/// <summary>
/// A signed-in page's table, as the public site's are: inside a region that scrolls sideways on a narrow screen (with
/// the site's scroll cue), and followed by a "Download this table" CSV link. <c>&lt;table app-csv="late-returns"&gt;</c>
/// names the table within its page. On a page reached by GET the link is the same address with
/// <c>table-csv=late-returns</c> added (so it keeps the page's filters), answered by <see cref="TableCsvResultFilter"/>
/// from the table as rendered; a page shown in answer to a POST (a rejected upload's report) cannot be asked for again,
/// so its link carries the file itself as a <c>data:</c> address.
/// </summary>
[HtmlTargetElement("table", Attributes = "app-csv")]
public sealed class PortalTableTagHelper : TagHelper
{
    /// <summary>The table's name within its page: lower-case letters, digits and hyphens.</summary>
    [HtmlAttributeName("app-csv")]
    public string Name { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!TableCsvRequest.IsValidName(Name))
        {
            throw new InvalidOperationException($"app-csv=\"{Name}\": a table's name is 1–40 lower-case letters, digits and hyphens.");
        }

        var http = ViewContext.HttpContext;
        var content = await output.GetChildContentAsync();
        // Parsed once: every view needs the caption for the region's label; the CSV is written only when asked for
        // (this table's download, or a POST page's data: link).
        var table = HtmlTableCsv.Parse($"<table>{content.GetContent()}</table>");
        var caption = HtmlTableCsv.Caption(table) ?? Name.Replace('-', ' ');
        if (TableCsvRequest.Asked(http) == Name)
        {
            TableCsvRequest.Answer(http, Name, HtmlTableCsv.Csv(table));
        }

        var encoder = HtmlEncoder.Default;
        var label = encoder.Encode(caption);
        output.Attributes.SetAttribute("id", $"table-{Name}");
        output.PreElement.AppendHtml($"<div class=\"app-table-wrapper\" role=\"region\" aria-label=\"{label}\" tabindex=\"0\">");
        output.PostElement.AppendHtml(
            $"</div>\n<p class=\"govuk-body-s app-table-data\">Download this table: <a class=\"govuk-link\" href=\"{encoder.Encode(Href(http, table))}\" download=\"{Name}.csv\">CSV file<span class=\"govuk-visually-hidden\"> of {label}</span></a>.</p>");
    }

    private string Href(HttpContext http, AngleSharp.Dom.IElement? table)
    {
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            return "data:text/csv;charset=utf-8;base64," + Convert.ToBase64String(HtmlTableCsv.Csv(table));
        }

        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
        query[TableCsvRequest.QueryKey] = Name;
        var builder = new QueryBuilder(query.SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? string.Empty))));
        return http.Request.PathBase + http.Request.Path + builder.ToQueryString();
    }
}
