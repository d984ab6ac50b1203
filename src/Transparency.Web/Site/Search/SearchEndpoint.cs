using System.Globalization;
using System.Text;
using Transparency.Web.Site.Model;
using Transparency.Web.Site.Pages;
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

    private static async Task PageAsync(HttpContext context, SiteFileProvider files, SiteSearch search)
    {
        var template = files.GetFileInfo(SiteUrls.FileFor(SiteUrls.Search));
        if (!template.Exists)
        {
            await SiteEndpoint.HandleAsync(context, files);
            return;
        }

        string page;
        await using (var stream = template.CreateReadStream())
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            page = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var (start, end) = (page.IndexOf(SearchMarkup.Start, StringComparison.Ordinal), page.IndexOf(SearchMarkup.End, StringComparison.Ordinal));
        if (start < 0 || end < start)
        {
            // A generation built before the portal answered searches: served as built until the rebuild replaces it.
            await SiteEndpoint.HandleAsync(context, files);
            return;
        }

        var pageNumber = int.TryParse(context.Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        var results = await search.SearchAsync(context.Request.Query["q"], pageNumber, SiteSearch.PageSize, context.RequestAborted);
        var head = page[..start].Replace("<title>Search – Transparency</title>", $"<title>{TableMarkup.Encode(SearchMarkup.Title(results))} – Transparency</title>", StringComparison.Ordinal);
        var html = head + SearchMarkup.Answer(results) + page[(end + SearchMarkup.End.Length)..];
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }
}
