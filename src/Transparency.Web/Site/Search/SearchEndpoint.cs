using System.Globalization;
using Transparency.Web.Site.Model;
using Transparency.Web.Site.Serving;

namespace Transparency.Web.Site.Search;

/// <summary>
/// <c>GET /search/?q=</c>: the portal's own answer, server-rendered into the built search page (see
/// <see cref="SearchMarkup"/>), so it works without JavaScript; and <c>GET /search/suggest?q=</c>, the few best hits as
/// JSON for search-as-you-type.
/// </summary>
public static class SearchEndpoint
{
    public const string SuggestPath = "/search/suggest";

    private const int Suggestions = 8;

    public static void Map(WebApplication app, SiteFileProvider files)
    {
        app.MapMethods("/search", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, SiteSearch search) => PageAsync(context, files, search));
        app.MapGet(SuggestPath, async (HttpContext context, SiteSearch search) =>
        {
            var results = await search.SearchAsync(context.Request.Query["q"], 1, Suggestions, context.RequestAborted);
            return Results.Json(results.Hits.Select(h => new { h.Title, h.Url, Kind = SearchMarkup.KindName(h.Kind), h.Summary }));
        });
    }

    private static Task PageAsync(HttpContext context, SiteFileProvider files, SiteSearch search) =>
        PageRegion.ServeAsync(context, files, SiteUrls.Search, "Search", async () =>
        {
            var page = int.TryParse(context.Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
            var results = await search.SearchAsync(context.Request.Query["q"], page, SiteSearch.PageSize, context.RequestAborted);
            return (SearchMarkup.Title(results), SearchMarkup.Answer(results));
        });
}
