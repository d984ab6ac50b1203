using System.Globalization;
using System.Xml.Linq;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

public sealed class WriteSitemapTests : IDisposable
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly string _folder = Directory.CreateTempSubdirectory("sitemap-test-").FullName;
    private readonly SiteContext _site = new("https://transparency.example", null, [], new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), "https://example.org/licence");

    [Fact]
    public async Task Run_MoreAddressesThanOneFileMayHold_WritesAnIndexOfPartsOfAtMost50000()
    {
        var output = new SiteOutput(_folder);

        await WriteSitemap.RunAsync(output, _site, Pages(WriteSitemap.MostUrlsPerFile + 1), CancellationToken.None);

        var index = XDocument.Load(Path.Combine(_folder, "sitemap.xml"));
        Assert.Equal(Ns + "sitemapindex", index.Root!.Name);
        Assert.Equal(["https://transparency.example/sitemap-1.xml", "https://transparency.example/sitemap-2.xml"], index.Descendants(Ns + "loc").Select(l => l.Value));
        Assert.Equal(WriteSitemap.MostUrlsPerFile, Locations("sitemap-1.xml").Count);
        Assert.Equal(["https://transparency.example/providers/p-50000/"], Locations("sitemap-2.xml"));
    }

    [Fact]
    public async Task Merge_IntoAnIndex_KeepsEveryAddressOfEveryPartAndAddsTheNewPage()
    {
        var output = new SiteOutput(_folder, replaceFiles: true);
        await WriteSitemap.RunAsync(output, _site, Pages(WriteSitemap.MostUrlsPerFile + 1), CancellationToken.None);

        await WriteSitemap.MergeAsync(output, _site, [new WrittenPage("/subcontractors/new/", false, false)], CancellationToken.None);

        var all = Locations("sitemap-1.xml").Concat(Locations("sitemap-2.xml")).ToList();
        Assert.Equal(WriteSitemap.MostUrlsPerFile + 2, all.Count);
        Assert.Contains("https://transparency.example/subcontractors/new/", all);
        Assert.Contains("https://transparency.example/providers/p-00000/", all);
    }

    [Fact]
    public async Task Run_FewAddresses_WritesOneUrlSetWithoutHiddenPages()
    {
        var output = new SiteOutput(_folder);

        await WriteSitemap.RunAsync(output, _site, [.. Pages(2), new WrittenPage("/404.html", false, true)], CancellationToken.None);

        Assert.Equal(Ns + "urlset", XDocument.Load(Path.Combine(_folder, "sitemap.xml")).Root!.Name);
        Assert.Equal(2, Locations("sitemap.xml").Count);
        Assert.False(File.Exists(Path.Combine(_folder, "sitemap-1.xml")));
    }

    [Fact]
    public async Task Merge_OfPagesAlreadyListed_LeavesTheSitemapUnwritten()
    {
        var output = new SiteOutput(_folder, replaceFiles: true);
        await WriteSitemap.RunAsync(output, _site, Pages(3), CancellationToken.None);
        var path = Path.Combine(_folder, "sitemap.xml");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        await WriteSitemap.MergeAsync(output, _site, Pages(2), CancellationToken.None);

        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Equal(3, Locations("sitemap.xml").Count);
    }

    private static List<WrittenPage> Pages(int count) =>
        Enumerable.Range(0, count).Select(i => new WrittenPage(string.Create(CultureInfo.InvariantCulture, $"/providers/p-{i:00000}/"), false, false)).ToList();

    private List<string> Locations(string file) => XDocument.Load(Path.Combine(_folder, file)).Descendants(Ns + "loc").Select(l => l.Value).ToList();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
