using System.Globalization;
using System.Text;
using Transparency.Web.Domain;
using Transparency.Web.Site.Model;
using Transparency.Web.Site.Pages;

namespace Transparency.Web.Site.Contracts;

/// <summary>
/// The contracts index's main region: in the built page (for a static host, which cannot filter) the ways in through
/// sectors, commissioners and providers; in the portal's answer a GET form of filters that needs no JavaScript, the
/// matching contracts a page at a time and the pages.
/// </summary>
public static class ContractIndexMarkup
{
    public const string Title = "Contracts";

    public const string Lead = "Every contract whose provider publishes here. Filter by sector, commissioner, payment model or status.";

    public static string Static() =>
        $"<p class=\"govuk-body\">This copy of the site cannot filter contracts. Find a contract through its <a class=\"govuk-link\" href=\"{SiteUrls.Sectors}\">sector</a>, "
        + $"its <a class=\"govuk-link\" href=\"{SiteUrls.Commissioners}\">commissioner</a> or its <a class=\"govuk-link\" href=\"{SiteUrls.Providers}\">provider</a>.</p>";

    public static string PageTitle(ContractIndexPage page) => page.Filters.Page > 1 ? $"{Title} (page {page.Filters.Page} of {page.Pages})" : Title;

    public static string Answer(ContractIndexPage page)
    {
        var html = new StringBuilder(32768);
        foreach (var message in page.Ignored)
        {
            html.Append("<div class=\"govuk-inset-text\">").Append(Encode(message)).Append("</div>");
        }

        Form(html, page);
        var count = SiteFormat.Number(page.Total) + (page.Total == 1 ? " contract" : " contracts");
        html.Append("<h2 class=\"govuk-heading-m\" id=\"contracts-heading\">").Append(Encode(count)).Append("</h2>")
            .Append("<p class=\"govuk-body-s\">Status on ").Append(Encode(SiteFormat.Date(page.AsOf))).Append(", the day the figures run to.</p>");
        if (page.Total == 0)
        {
            return html.Append("<p class=\"govuk-body\">No contract matches these filters. <a class=\"govuk-link\" href=\"").Append(SiteUrls.Contracts).Append("\">Clear the filters</a>.</p>").ToString();
        }

        html.Append("<div class=\"app-table-wrapper\" role=\"region\" aria-labelledby=\"contracts-heading\" tabindex=\"0\"><table class=\"govuk-table\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
        foreach (var heading in new[] { "Reference", "Title", "Provider", "Commissioner", "Sector", "Payment model", "Dates", "Status" })
        {
            html.Append("<th scope=\"col\" class=\"govuk-table__header\">").Append(heading).Append("</th>");
        }

        html.Append("</tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var row in page.Rows)
        {
            html.Append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">").Append(Link(SiteUrls.Contract(row.Reference), row.Reference)).Append("</th>")
                .Append(Cell(Encode(row.Title))).Append(Cell(Link(SiteUrls.Provider(row.ProviderIdentifier), row.Provider)))
                .Append(Cell(Link(SiteUrls.Commissioner(row.CommissionerIdentifier), row.Commissioner))).Append(Cell(Encode(SiteFormat.SectorName(row.Sector))))
                .Append(Cell(Encode(SiteFormat.PaymentModelName(row.PaymentModel)))).Append(Cell(Encode($"{SiteFormat.Date(row.StartDate)} to {SiteFormat.Date(row.EndDate)}")))
                .Append(Cell(Encode(ContractFilters.StatusName(row.Status)))).Append("</tr>");
        }

        html.Append("</tbody></table></div>");
        Pagination(html, page);
        return html.ToString();
    }

    private static void Form(StringBuilder html, ContractIndexPage page)
    {
        var f = page.Filters;
        html.Append("<form action=\"").Append(SiteUrls.Contracts).Append("\" method=\"get\" class=\"app-filters\"><fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Filter contracts</legend>");
        Select(html, "sector", "Sector", Enum.GetValues<Sector>().Select(s => (SiteUrls.Slug(SiteFormat.SectorName(s)), SiteFormat.SectorName(s))),
            f.Sector is { } sector ? SiteUrls.Slug(SiteFormat.SectorName(sector)) : null);
        Select(html, "commissioner", "Commissioner", page.Commissioners, f.Commissioner);
        Select(html, "payment", "Payment model", Enum.GetValues<PaymentModel>().Select(m => (SiteUrls.Slug(SiteFormat.PaymentModelName(m)), SiteFormat.PaymentModelName(m))),
            f.PaymentModel is { } model ? SiteUrls.Slug(SiteFormat.PaymentModelName(model)) : null);
        Select(html, "status", "Status", Enum.GetValues<ContractStatus>().Select(s => (SiteUrls.Slug(ContractFilters.StatusName(s)), ContractFilters.StatusName(s))),
            f.Status is { } status ? SiteUrls.Slug(ContractFilters.StatusName(status)) : null);
        html.Append("<div class=\"govuk-button-group\"><button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Apply filters</button>")
            .Append("<a class=\"govuk-link\" href=\"").Append(SiteUrls.Contracts).Append("\">Clear filters</a></div></fieldset></form>");
    }

    private static void Select(StringBuilder html, string name, string label, IEnumerable<(string Value, string Text)> options, string? selected)
    {
        html.Append("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"filter-").Append(name).Append("\">").Append(label).Append("</label>")
            .Append("<select class=\"govuk-select\" id=\"filter-").Append(name).Append("\" name=\"").Append(name).Append("\"><option value=\"\">Any</option>");
        foreach (var (value, text) in options)
        {
            html.Append("<option value=\"").Append(Encode(value)).Append('"').Append(value == selected ? " selected" : string.Empty).Append('>').Append(Encode(text)).Append("</option>");
        }

        html.Append("</select></div>");
    }

    private static void Pagination(StringBuilder html, ContractIndexPage page)
    {
        if (page.Pages <= 1)
        {
            return;
        }

        var current = page.Filters.Page;
        html.Append("<nav class=\"govuk-pagination\" aria-label=\"Contracts pages\">");
        if (current > 1)
        {
            html.Append("<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"").Append(Encode(page.Filters.Url(current - 1)))
                .Append("\" rel=\"prev\"><span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-hidden\"> page</span></span></a></div>");
        }

        html.Append("<ul class=\"govuk-pagination__list\"><li class=\"govuk-pagination__item govuk-pagination__item--current\"><span class=\"govuk-pagination__link-title\">Page ")
            .Append(current.ToString(CultureInfo.InvariantCulture)).Append(" of ").Append(page.Pages.ToString(CultureInfo.InvariantCulture)).Append("</span></li></ul>");
        if (current < page.Pages)
        {
            html.Append("<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"").Append(Encode(page.Filters.Url(current + 1)))
                .Append("\" rel=\"next\"><span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-hidden\"> page</span></span></a></div>");
        }

        html.Append("</nav>");
    }

    private static string Cell(string html) => "<td class=\"govuk-table__cell\">" + html + "</td>";

    private static string Link(string url, string text) => $"<a class=\"govuk-link\" href=\"{Encode(url)}\">{Encode(text)}</a>";

    private static string Encode(string text) => TableMarkup.Encode(text);
}
