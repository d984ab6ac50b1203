using System.Globalization;
using System.Text;
using Transparency.Web.Domain;
using Transparency.Web.Site.Model;
using Transparency.Web.Site.Pages;

namespace Transparency.Web.Site.Search;

/// <summary>
/// The search page's main region, written once here for both places it is used: the built page
/// (<c>/search/index.html</c>, with Pagefind's script for a static host) and the portal's answer to
/// <c>/search/?q=</c>, which puts the server's results in the built page between <see cref="Start"/> and
/// <see cref="End"/>, so the header, footer and notices are the current site generation's. Everything typed is encoded.
/// </summary>
public static class SearchMarkup
{
    public const string Start = "<!--search-region-->";
    public const string End = "<!--/search-region-->";

    public const string Label = "Find a provider, parent group, commissioner, subcontractor, contract or KPI";

    /// <summary>The built page's region: the form, and Pagefind's results where a static host has its index.</summary>
    public static string Static() => new StringBuilder()
        .Append(Start).Append(Form(null, suggest: false))
        .Append("<div id=\"search-results\" aria-live=\"polite\"></div>")
        .Append("<div class=\"govuk-inset-text\" id=\"search-fallback\">On a copy of this site without the portal, search works in your browser and needs JavaScript. ")
        .Append(Ways()).Append("</div>")
        .Append("<script type=\"module\" src=\"/js/search.js\"></script>").Append(End).ToString();

    /// <summary>The portal's region: the form with the query in it, then the results, the pages and search-as-you-type.</summary>
    public static string Answer(SearchResults results)
    {
        var html = new StringBuilder(8192).Append(Start).Append(Form(results.Query, suggest: true));
        if (results.Query.Length == 0)
        {
            html.Append("<p class=\"govuk-body\">Type part of a name, a reference or an identifier. ").Append(Ways()).Append("</p>");
        }
        else if (results.Total == 0)
        {
            html.Append("<h2 class=\"govuk-heading-m\" id=\"search-results-heading\">No results for ").Append(Quoted(results.Query)).Append("</h2>")
                .Append("<p class=\"govuk-body\">Check the spelling, use fewer words, or try part of a name. ").Append(Ways()).Append("</p>");
        }
        else
        {
            Results(html, results);
        }

        return html.Append("<script type=\"module\" src=\"/js/search-suggest.js\"></script>").Append(End).ToString();
    }

    /// <summary>The page title for a query, as GOV.UK search pages have it.</summary>
    public static string Title(SearchResults results) => results.Query.Length == 0 ? "Search" : $"Search results for ‘{results.Query}’";

    public static string KindName(SearchEntryKind kind) => kind switch
    {
        SearchEntryKind.Provider => "Provider",
        SearchEntryKind.ParentGroup => "Parent group",
        SearchEntryKind.Commissioner => "Commissioner",
        SearchEntryKind.Subcontractor => "Subcontractor",
        SearchEntryKind.Contract => "Contract",
        SearchEntryKind.Kpi => "KPI",
        _ => kind.ToString(),
    };

    private static void Results(StringBuilder html, SearchResults results)
    {
        var first = ((results.Page - 1) * results.PageSize) + 1;
        var last = first + results.Hits.Count - 1;
        html.Append("<h2 class=\"govuk-heading-m\" id=\"search-results-heading\">")
            .Append(Encode(SiteFormat.Number(results.Total))).Append(results.Total == 1 ? " result" : " results").Append(" for ").Append(Quoted(results.Query)).Append("</h2>");
        if (results.Corrections.Count > 0)
        {
            html.Append("<p class=\"govuk-body\" id=\"search-corrections\">No indexed word starts with ")
                .Append(string.Join(", ", results.Corrections.Select(c => Quoted(c.Typed))))
                .Append(", so these results are for ").Append(string.Join(", ", results.Corrections.Select(c => Quoted(c.Searched)))).Append(" and words like it.</p>");
        }

        if (results.Pages > 1)
        {
            html.Append("<p class=\"govuk-body-s\">Showing ").Append(first.ToString(CultureInfo.InvariantCulture)).Append(" to ").Append(last.ToString(CultureInfo.InvariantCulture)).Append(".</p>");
        }

        html.Append("<ol class=\"govuk-list app-search-results\" start=\"").Append(first.ToString(CultureInfo.InvariantCulture)).Append("\" aria-labelledby=\"search-results-heading\">");
        foreach (var hit in results.Hits)
        {
            html.Append("<li class=\"app-search-results__item\"><h3 class=\"govuk-heading-s govuk-!-margin-bottom-1\"><a class=\"govuk-link\" href=\"")
                .Append(Encode(hit.Url)).Append("\">").Append(Encode(hit.Title)).Append("</a></h3><p class=\"govuk-body-s govuk-!-margin-bottom-0\"><strong class=\"govuk-tag govuk-tag--grey\">")
                .Append(Encode(KindName(hit.Kind))).Append("</strong> ").Append(Encode(hit.Summary)).Append("</p></li>");
        }

        html.Append("</ol>");
        Pagination(html, results);
    }

    private static void Pagination(StringBuilder html, SearchResults results)
    {
        var lastPage = Math.Min(results.Pages, SiteSearch.MaxPage);
        if (lastPage <= 1)
        {
            return;
        }

        html.Append("<nav class=\"govuk-pagination\" aria-label=\"Results pages\">");
        if (results.Page > 1)
        {
            html.Append("<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"").Append(Encode(PageUrl(results.Query, results.Page - 1)))
                .Append("\" rel=\"prev\"><span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-hidden\"> page</span></span></a></div>");
        }

        if (results.Page < lastPage)
        {
            html.Append("<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"").Append(Encode(PageUrl(results.Query, results.Page + 1)))
                .Append("\" rel=\"next\"><span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-hidden\"> page</span></span></a></div>");
        }

        html.Append("</nav>");
        if (results.Page == lastPage && results.Pages > SiteSearch.MaxPage)
        {
            html.Append("<p class=\"govuk-body\">Only the first ").Append(SiteSearch.MaxPage.ToString(CultureInfo.InvariantCulture)).Append(" pages are shown: add words to narrow the search.</p>");
        }
    }

    public static string PageUrl(string query, int page) =>
        $"{SiteUrls.Search}?q={Uri.EscapeDataString(query)}{(page > 1 ? "&page=" + page.ToString(CultureInfo.InvariantCulture) : string.Empty)}";

    private static string Form(string? query, bool suggest)
    {
        var value = string.IsNullOrEmpty(query) ? string.Empty : $" value=\"{Encode(query)}\"";
        return "<form action=\"/search/\" method=\"get\" role=\"search\" class=\"app-search\"><div class=\"govuk-form-group\">"
            + $"<label class=\"govuk-label govuk-label--m\" for=\"search-input\">{Label}</label>"
            + $"<div class=\"app-search__box\"{(suggest ? " data-suggest=\"/search/suggest\"" : string.Empty)}>"
            + $"<input class=\"govuk-input govuk-!-width-two-thirds\" id=\"search-input\" name=\"q\" type=\"search\" maxlength=\"{SiteSearch.MaxQueryLength}\" autocomplete=\"off\"{value}></div>"
            + "<button type=\"submit\" class=\"govuk-button govuk-!-margin-bottom-0\" data-module=\"govuk-button\">Search</button></div></form>";
    }

    private static string Ways() =>
        $"You can also browse the <a class=\"govuk-link\" href=\"{SiteUrls.Providers}\">providers A to Z</a>, providers by <a class=\"govuk-link\" href=\"{SiteUrls.Sectors}\">sector</a>, "
        + $"or the lists of <a class=\"govuk-link\" href=\"{SiteUrls.Commissioners}\">commissioners</a> and <a class=\"govuk-link\" href=\"{SiteUrls.Subcontractors}\">subcontractors</a>.";

    private static string Quoted(string text) => "‘" + Encode(text) + "’";

    private static string Encode(string text) => TableMarkup.Encode(text);
}
