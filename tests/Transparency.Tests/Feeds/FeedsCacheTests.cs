using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Feeds;

/// <summary>Feeds and per-contract OCDS answer conditional requests, and are cached until a publication changes them.</summary>
public abstract class FeedsCacheTests(TestDatabase database)
{
    private static readonly Quarter Quarter = new(2025, 2);

    [Fact]
    public async Task ProviderFeedAndContractRecord_WithTheirETags_AnswerNotModified()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: false);
        string providerIdentifier, reference;
        await using (var db = database.CreateContext())
        {
            var (contract, _) = await TestData.SeedMinimalAsync(db, Quarter);
            reference = contract.Reference;
            providerIdentifier = (await db.Organisations.SingleAsync(o => o.Id == contract.ProviderId)).Identifier;
        }

        foreach (var path in new[] { $"/feeds/providers/{providerIdentifier}.atom", $"/ocds/{reference}/record-package.json", $"/ocds/{reference}/release-package.json" })
        {
            using var first = await portal.Client.GetAsync(new Uri(path, UriKind.Relative));
            using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            using var second = await portal.Client.SendAsync(again);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.NotNull(first.Content.Headers.LastModified);
            Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        }
    }

    [Fact]
    public async Task ProviderFeed_AfterPublicationIsLogged_ShowsTheNewVersion()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: false);
        ReturnVersion published;
        string path;
        await using (var db = database.CreateContext())
        {
            var (contract, first) = await TestData.SeedMinimalAsync(db, Quarter);
            var provider = await db.Organisations.SingleAsync(o => o.Id == contract.ProviderId);
            path = $"/feeds/providers/{provider.Identifier}.atom";

            // The new organisations and contract are a logged registry change: let the cache move past it first.
            await portal.CatchUpAsync();
            using var before = await portal.Client.GetAsync(new Uri(path, UriKind.Relative));
            published = TestData.PublishedVersion(TestData.Return(provider, Quarter.Next), 1, first.PublishedAt!.Value.AddDays(90));
            db.Add(published);
            await db.SaveChangesAsync();
        }

        var cached = await ReadAsync(portal, path);
        await using (var db = database.CreateContext())
        {
            await Publications.LogAsync(db, PublicationChangeKind.Published, published);
        }

        await portal.CatchUpAsync();

        var fresh = await ReadAsync(portal, path);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(cached.Response.Headers.ETag!);
        using var revalidated = await portal.Client.SendAsync(conditional);

        Assert.Equal(1, cached.Entries);
        Assert.Equal(2, fresh.Entries);
        Assert.NotEqual(cached.Response.Headers.ETag, fresh.Response.Headers.ETag);
        Assert.Equal(new DateTimeOffset(published.PublishedAt!.Value, TimeSpan.Zero), fresh.Response.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        cached.Response.Dispose();
        fresh.Response.Dispose();
    }

    private static async Task<(HttpResponseMessage Response, int Entries)> ReadAsync(FeedsPortal portal, string path)
    {
        var response = await portal.Client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var reader = XmlReader.Create(new StringReader(text));
        return (response, SyndicationFeed.Load(reader).Items.Count());
    }
}

public sealed class SqliteFeedsCacheTests(SqliteTestDatabase database) : FeedsCacheTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresFeedsCacheTests(PostgresTestDatabase database) : FeedsCacheTests(database), IClassFixture<PostgresTestDatabase>;
