using System.Text;
using Microsoft.Extensions.FileProviders;
using Transparency.Web.Site.Model;
using Transparency.Web.Site.Pages;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// Serves a built page with the part between two markers replaced by what the portal works out for this request (the
/// search results, the filtered contracts), so the header, footer and notices are always the current generation's. A
/// generation built before the page had its markers is served as built until the rebuild replaces it.
/// </summary>
public static class PageRegion
{
    public const string Start = "<!--portal-region-->";
    public const string End = "<!--/portal-region-->";

    /// <summary>Wraps the built page's own content for the region, so a static host shows it as it is.</summary>
    public static string Mark(string html) => Start + html + End;

    public static async Task ServeAsync(HttpContext context, SiteFileProvider files, string url, string builtTitle, Func<Task<(string Title, string Html)>> answer)
    {
        var template = files.GetFileInfo(SiteUrls.FileFor(url));
        string? page = null;
        if (template.Exists)
        {
            await using var stream = template.CreateReadStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            page = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var (start, end) = page is null ? (-1, -1) : (page.IndexOf(Start, StringComparison.Ordinal), page.IndexOf(End, StringComparison.Ordinal));
        if (page is null || start < 0 || end < start)
        {
            await SiteEndpoint.HandleAsync(context, files);
            return;
        }

        var (title, region) = await answer();
        var head = page[..start].Replace($"<title>{TableMarkup.Encode(builtTitle)} – Transparency</title>", $"<title>{TableMarkup.Encode(title)} – Transparency</title>", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(head + Mark(region) + page[(end + End.Length)..]);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }
}
