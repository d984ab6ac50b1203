using System.Xml.Linq;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>Step: sitemap.xml (every visible page, in address order) and robots.txt pointing to it.</summary>
public static class WriteSitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task RunAsync(SiteOutput output, SiteContext site, IEnumerable<WrittenPage> pages, CancellationToken cancellationToken) =>
        await WriteAsync(output, site, pages.Where(p => !p.Hidden).Select(p => site.Absolute(p.Url)), cancellationToken);

    /// <summary>
    /// Adds a scoped build's pages to the sitemap already in the folder (a publication can add pages, such as a new
    /// subcontractor's, and never removes any), so the sitemap stays what a full build would write.
    /// </summary>
    public static async Task MergeAsync(SiteOutput output, SiteContext site, IEnumerable<WrittenPage> pages, CancellationToken cancellationToken)
    {
        var path = output.PathFor("sitemap.xml");
        var existing = File.Exists(path)
            ? XDocument.Load(path).Descendants(Ns + "loc").Select(l => l.Value)
            : [];
        await WriteAsync(output, site, existing.Concat(pages.Where(p => !p.Hidden).Select(p => site.Absolute(p.Url))), cancellationToken);
    }

    private static async Task WriteAsync(SiteOutput output, SiteContext site, IEnumerable<string> absoluteUrls, CancellationToken cancellationToken)
    {
        var urls = absoluteUrls.Distinct().Order(StringComparer.Ordinal);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", urls.Select(u => new XElement(Ns + "url", new XElement(Ns + "loc", u)))));
        await output.WriteAsync("sitemap.xml", document.Declaration + "\n" + document.ToString() + "\n", cancellationToken);
        await output.WriteAsync("robots.txt", $"User-agent: *\nAllow: /\nDisallow: /portal/\n\nSitemap: {site.Absolute(SiteUrls.Sitemap)}\n", cancellationToken);
    }
}
