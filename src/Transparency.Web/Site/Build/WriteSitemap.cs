using System.Globalization;
using System.Xml.Linq;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Step: sitemap.xml (every visible page, in address order) and robots.txt pointing to it. The sitemap protocol allows
/// at most 50,000 addresses in one file; a national site has about 200,000, so past that limit sitemap.xml is a sitemap
/// index of files sitemap-1.xml, sitemap-2.xml… of 50,000 addresses each.
/// </summary>
public static class WriteSitemap
{
    /// <summary>The most addresses one sitemap file may hold (sitemaps.org protocol).</summary>
    public const int MostUrlsPerFile = 50_000;

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task RunAsync(SiteOutput output, SiteContext site, IEnumerable<WrittenPage> pages, CancellationToken cancellationToken) =>
        await WriteAsync(output, site, pages.Where(p => !p.Hidden).Select(p => site.Absolute(p.Url)), cancellationToken);

    /// <summary>
    /// Adds a scoped build's pages to the sitemap already in the folder (a publication can add pages, such as a new
    /// subcontractor's, and never removes any), so the sitemap stays what a full build would write. Most publications
    /// add no page, and then the sitemap (200,000 addresses at national scale) is left as it is.
    /// </summary>
    public static async Task MergeAsync(SiteOutput output, SiteContext site, IEnumerable<WrittenPage> pages, CancellationToken cancellationToken)
    {
        var existing = ExistingUrls(output).ToHashSet(StringComparer.Ordinal);
        var added = pages.Where(p => !p.Hidden).Select(p => site.Absolute(p.Url)).Where(u => !existing.Contains(u)).ToList();
        if (added.Count > 0 || existing.Count == 0)
        {
            await WriteAsync(output, site, existing.Concat(added), cancellationToken);
        }
    }

    /// <summary>The addresses in the folder's sitemap, reading each part a sitemap index names.</summary>
    private static IEnumerable<string> ExistingUrls(SiteOutput output)
    {
        var path = output.PathFor("sitemap.xml");
        if (!File.Exists(path))
        {
            return [];
        }

        var document = XDocument.Load(path);
        if (document.Root?.Name != Ns + "sitemapindex")
        {
            return document.Descendants(Ns + "loc").Select(l => l.Value);
        }

        return document.Descendants(Ns + "loc")
            .Select(l => output.PathFor(new Uri(l.Value).Segments[^1]))
            .Where(File.Exists)
            .SelectMany(part => XDocument.Load(part).Descendants(Ns + "loc").Select(l => l.Value));
    }

    private static async Task WriteAsync(SiteOutput output, SiteContext site, IEnumerable<string> absoluteUrls, CancellationToken cancellationToken)
    {
        var urls = absoluteUrls.Distinct().Order(StringComparer.Ordinal).ToList();
        if (urls.Count <= MostUrlsPerFile)
        {
            await WriteUrlSetAsync(output, "sitemap.xml", urls, cancellationToken);
        }
        else
        {
            var parts = urls.Chunk(MostUrlsPerFile).Select((chunk, i) => (File: PartFile(i + 1), Urls: chunk)).ToList();
            foreach (var (file, chunk) in parts)
            {
                await WriteUrlSetAsync(output, file, chunk, cancellationToken);
            }

            var index = new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement(Ns + "sitemapindex", parts.Select(p => new XElement(Ns + "sitemap", new XElement(Ns + "loc", site.Absolute("/" + p.File))))));
            await output.WriteAsync("sitemap.xml", index.Declaration + "\n" + index.ToString() + "\n", cancellationToken);
        }

        await output.WriteAsync("robots.txt", $"User-agent: *\nAllow: /\nDisallow: /portal/\n\nSitemap: {site.Absolute(SiteUrls.Sitemap)}\n", cancellationToken);
    }

    private static string PartFile(int number) => string.Create(CultureInfo.InvariantCulture, $"sitemap-{number}.xml");

    private static async Task WriteUrlSetAsync(SiteOutput output, string file, IEnumerable<string> urls, CancellationToken cancellationToken)
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", urls.Select(u => new XElement(Ns + "url", new XElement(Ns + "loc", u)))));
        await output.WriteAsync(file, document.Declaration + "\n" + document.ToString() + "\n", cancellationToken);
    }
}
