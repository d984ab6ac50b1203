using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Feeds.Downloads;
using Transparency.Web.Site.Serving;

namespace Transparency.Tests.Links;

/// <summary>
/// Builds the demonstration site, bulk files and feeds, and follows every internal link they publish: a link that
/// breaks anywhere (a page, a feed, the sitemap, the catalogue, an OCDS or 360Giving package, an API answer) fails here,
/// whichever slice printed it. Both base addresses are the same host, as README asks of a deployment.
/// </summary>
public abstract partial class LinkIntegrityTests(TestDatabase database)
{
    private const string Host = "transparency.example";

    /// <summary>Where the crawl starts: the site's home and sitemap, every feed and file index, and samples of API answers.</summary>
    private static readonly string[] Seeds =
    [
        SiteUrls.Home, SiteUrls.Sitemap, "/robots.txt", "/404.html", SiteUrls.ReturnsFeed, SiteUrls.Catalog,
        SiteUrls.Downloads + "datapackage.json", SiteUrls.Downloads + "SHA256SUMS",
        ODataLinks.Root, ODataLinks.Metadata, "/odata/Contracts?$top=3", "/odata/ReturnVersions?$top=3&$orderby=Id",
    ];

    [Fact]
    public async Task EveryPublishedLink_OnTheDemonstrationSite_Answers200OrADocumentedRedirect()
    {
        await using var portal = new PortalFactory(database, seedDemo: true).WithWebHostBuilder(b => b
            .UseSetting("Site:BaseUrl", $"https://{Host}")
            .UseSetting("Feeds:PublicBaseUrl", $"https://{Host}/")
            .UseSetting("Site:SearchIndex", "false")
            .UseSetting("Api:RequestsPerWindow", "100000")
            .UseSetting("Feeds:BuildDownloadsOnStart", "true")
            .UseSetting("Feeds:StartupBuildDelay", "00:00:00"));
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        await portal.Services.CatchUpAsync(SiteProjection.ProjectionName, SiteIndexesProjection.ProjectionName, DownloadsProjection.ProjectionName, "feeds");

        var crawler = new LinkCrawler(client, [Host, "localhost"]);
        await crawler.CrawlAsync(Seeds);

        Assert.True(crawler.Broken.Count == 0, $"{crawler.Broken.Count} broken links:\n" + string.Join('\n', crawler.Broken.Take(60)));
        var visited = crawler.Visited.Keys.ToList();
        Assert.Contains(visited, a => VersionPage().IsMatch(a));
        Assert.Contains(visited, a => a.StartsWith("/feeds/providers/", StringComparison.Ordinal));
        Assert.Contains(visited, a => a.StartsWith("/ocds/", StringComparison.Ordinal));
        Assert.Contains(visited, a => a.StartsWith("/downloads/parts/", StringComparison.Ordinal));
        Assert.Contains(visited, a => a.StartsWith("/odata/Funding?", StringComparison.Ordinal));
        Assert.Contains(visited, a => a.StartsWith("/contracts/", StringComparison.Ordinal) && a.EndsWith(".csv", StringComparison.Ordinal));
        Assert.True(crawler.Visited.Count(v => v.Value == HttpStatusCode.OK) > 500, $"Only {crawler.Visited.Count} addresses were reached.");
    }

    [Fact]
    public async Task AddressesWithTheRegisteredIdentifier_RedirectToTheCanonicalForm()
    {
        await using var portal = new PortalFactory(database, seedDemo: true).WithWebHostBuilder(b => b.UseSetting("Site:SearchIndex", "false"));
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        await portal.Services.CatchUpAsync(SiteProjection.ProjectionName);
        await using var db = database.CreateContext();
        var identifier = db.Organisations.Where(o => o.ContractsAsProvider.Any()).OrderBy(o => o.Id).Select(o => o.Identifier).First();

        using var written = await client.GetAsync(new Uri($"/providers/{identifier}/", UriKind.Relative));
        using var feed = await client.GetAsync(new Uri($"/feeds/providers/{identifier}.atom", UriKind.Relative));
        using var canonicalFeed = await client.GetAsync(new Uri(SiteUrls.ProviderFeed(identifier), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, written.StatusCode);
        Assert.Equal(SiteUrls.Provider(identifier), written.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, canonicalFeed.StatusCode);
        Assert.Equal(await feed.Content.ReadAsStringAsync(), await canonicalFeed.Content.ReadAsStringAsync());
    }

    [System.Text.RegularExpressions.GeneratedRegex("^/providers/[a-z0-9-]+/returns/[0-9]{4}-[0-9]{2}-q[1-4]/v[0-9]+/$")]
    private static partial System.Text.RegularExpressions.Regex VersionPage();
}

public sealed class SqliteLinkIntegrityTests(SqliteTestDatabase database) : LinkIntegrityTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresLinkIntegrityTests(PostgresTestDatabase database) : LinkIntegrityTests(database), IClassFixture<PostgresTestDatabase>;
