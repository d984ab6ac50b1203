using System.Xml.Linq;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>Step: sitemap.xml (every visible page, in address order) and robots.txt pointing to it.</summary>
public static class WriteSitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task RunAsync(SiteOutput output, SiteContext site, IEnumerable<PageMeta> pages, CancellationToken cancellationToken)
    {
        var urls = pages.Where(p => !p.Hidden).Select(p => p.Url).Distinct().Order(StringComparer.Ordinal);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", urls.Select(u => new XElement(Ns + "url", new XElement(Ns + "loc", site.Absolute(u))))));
        await output.WriteAsync("sitemap.xml", document.Declaration + "\n" + document.ToString() + "\n", cancellationToken);
        await output.WriteAsync("robots.txt", $"User-agent: *\nAllow: /\nDisallow: /portal/\n\nSitemap: {site.Absolute("/sitemap.xml")}\n", cancellationToken);
    }
}
