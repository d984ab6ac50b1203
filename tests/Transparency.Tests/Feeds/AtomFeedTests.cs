using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Feeds;

/// <summary>The Atom feeds, read with System.ServiceModel.Syndication's parser as a feed reader would.</summary>
public abstract class AtomFeedTests(TestDatabase database)
{
    private const string History = "http://purl.org/syndication/history/1.0";

    [Fact]
    public async Task ReturnsFeed_Parsed_IsNewestFirstWithRestatementsMarked()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        await using var db = database.CreateContext();
        var reasons = await db.ReturnVersions.Where(v => v.Status != ReturnVersionStatus.Withdrawn && v.RestatementReason != null)
            .Select(v => v.RestatementReason!).Distinct().ToListAsync();

        var feed = await LoadAsync(portal, "/feeds/returns.atom");
        var entries = await AllEntriesAsync(portal, feed);
        var restated = entries.Where(e => e.Categories.Any(c => c.Name == "restatement")).ToList();

        Assert.NotEmpty(feed.Items);
        Assert.Equal(feed.Items.OrderByDescending(i => i.LastUpdatedTime).Select(i => i.Id), feed.Items.Select(i => i.Id));
        Assert.NotEmpty(restated);
        Assert.All(restated, e => Assert.Contains(reasons, r => ((TextSyndicationContent)e.Summary).Text.Contains(r, StringComparison.Ordinal)));
        Assert.All(feed.Items, e => Assert.Contains(e.Links, l => l.RelationshipType == "alternate" && l.Uri.AbsolutePath.StartsWith("/providers/", StringComparison.Ordinal)));
        Assert.All(feed.Items, e => Assert.Contains(e.Links, l => l.MediaType == "text/csv"));
        Assert.All(feed.Items, e => Assert.Contains(e.Links, l => l.Uri.AbsolutePath.StartsWith("/odata/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReturnsFeed_FollowingArchives_GivesEveryPublicVersionOnce()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        await using var db = database.CreateContext();
        var expected = await db.ReturnVersions.CountAsync(v => v.Status == ReturnVersionStatus.Published || v.Status == ReturnVersionStatus.Superseded);

        var feed = await LoadAsync(portal, "/feeds/returns.atom");
        var entries = await AllEntriesAsync(portal, feed);
        var oldest = await LoadAsync(portal, "/feeds/returns/archive/1.atom");

        Assert.Equal(expected, entries.Count);
        Assert.Equal(expected, entries.Select(e => e.Id).Distinct().Count());
        Assert.Contains(oldest.ElementExtensions, e => e.OuterName == "archive" && e.OuterNamespace == History);
        Assert.Contains(oldest.Links, l => l.RelationshipType == "current");
        Assert.DoesNotContain(feed.ElementExtensions, e => e.OuterName == "archive");
    }

    [Fact]
    public async Task ScopedFeeds_CarryOnlyTheirOwnReturns()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        await using var db = database.CreateContext();
        var provider = await db.Returns.Where(r => r.Versions.Any(v => v.Status == ReturnVersionStatus.Published))
            .Select(r => r.Provider!).OrderBy(p => p.Identifier).FirstAsync();
        var commissioner = await db.Contracts.Select(c => c.Commissioner!.Identifier).OrderBy(i => i).FirstAsync();
        var sector = await db.Contracts.Select(c => c.Sector).FirstAsync();

        var providerFeed = await AllEntriesAsync(portal, await LoadAsync(portal, $"/feeds/providers/{provider.Identifier}.atom"));
        var commissionerFeed = await LoadAsync(portal, $"/feeds/commissioners/{commissioner}.atom");
        var sectorFeed = await LoadAsync(portal, $"/feeds/sectors/{SiteUrls.SectorSlug(sector)}.atom");
        using var unknown = await portal.Client.GetAsync(new Uri("/feeds/providers/GB-COH-00000000.atom", UriKind.Relative));

        Assert.NotEmpty(providerFeed);
        Assert.All(providerFeed, e => Assert.Equal(provider.Name, e.Authors.Single().Name));
        Assert.NotEmpty(commissionerFeed.Items);
        Assert.NotEmpty(sectorFeed.Items);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task ReturnsFeed_WithIfNoneMatch_AnswersNotModified()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        var uri = new Uri("/feeds/returns.atom", UriKind.Relative);

        using var first = await portal.Client.GetAsync(uri);
        using var again = new HttpRequestMessage(HttpMethod.Get, uri);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await portal.Client.SendAsync(again);

        Assert.Equal("application/atom+xml", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    internal static async Task<SyndicationFeed> LoadAsync(FeedsPortal portal, string path)
    {
        await using var stream = await portal.Client.GetStreamAsync(new Uri(path, UriKind.Relative));
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { Async = true });
        return SyndicationFeed.Load(reader);
    }

    /// <summary>The subscription document's entries and then every archive's, following prev-archive links (RFC 5005).</summary>
    internal static async Task<List<SyndicationItem>> AllEntriesAsync(FeedsPortal portal, SyndicationFeed feed)
    {
        var entries = feed.Items.ToList();
        while (feed.Links.FirstOrDefault(l => l.RelationshipType == "prev-archive") is { } previous)
        {
            feed = await LoadAsync(portal, previous.Uri.AbsolutePath);
            entries.AddRange(feed.Items);
        }

        return entries;
    }
}

public sealed class SqliteAtomFeedTests(SqliteTestDatabase database) : AtomFeedTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresAtomFeedTests(PostgresTestDatabase database) : AtomFeedTests(database), IClassFixture<PostgresTestDatabase>;
