using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Site;

public abstract class SiteServingTests(TestDatabase database)
{
    [Fact]
    public async Task Portal_AtStart_BuildsAndServesTheSiteWith404Page()
    {
        await SeedOnceAsync();
        await using var portal = SitePortal.Create(database);
        using var client = portal.CreateClient();

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/no-such-page/", UriKind.Relative));

        Assert.Contains("What public service providers are paid and how they perform", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identifier_WrittenInCapitalsOrWithoutSlash_RedirectsPermanentlyToTheCanonicalAddress()
    {
        await SeedOnceAsync();
        await using var portal = SitePortal.Create(database);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        using var capitals = await client.GetAsync(new Uri("/providers/GB-COH-99000001/returns/?from=feed", UriKind.Relative));
        using var noSlash = await client.GetAsync(new Uri("/providers/GB-COH-99000001", UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/providers/GB-COH-12345678/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, capitals.StatusCode);
        Assert.Equal("/providers/gb-coh-99000001/returns/?from=feed", capitals.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, noSlash.StatusCode);
        Assert.Equal("/providers/gb-coh-99000001/", noSlash.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Page_ForABrowserAcceptingBrotliOrGzip_IsSentCompressedWithATagThatAnswers304()
    {
        await SeedOnceAsync();
        await using var portal = SitePortal.Create(database);
        using var client = portal.CreateClient();
        var plain = await client.GetByteArrayAsync(new Uri(SiteFixture.ContractUrl, UriKind.Relative));

        foreach (var (encoding, decompress) in new (string, Func<Stream, Stream>)[]
        {
            ("br", s => new System.IO.Compression.BrotliStream(s, System.IO.Compression.CompressionMode.Decompress)),
            ("gzip", s => new System.IO.Compression.GZipStream(s, System.IO.Compression.CompressionMode.Decompress)),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, SiteFixture.ContractUrl);
            request.Headers.AcceptEncoding.ParseAdd(encoding == "br" ? "gzip, deflate, br" : "gzip;q=0.8, br;q=0");
            using var compressed = await client.SendAsync(request);
            using var body = new MemoryStream();
            await using (var reader = decompress(await compressed.Content.ReadAsStreamAsync()))
            {
                await reader.CopyToAsync(body);
            }

            Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
            Assert.True(compressed.Content.Headers.ContentLength < plain.Length / 3);
            Assert.Equal(plain, body.ToArray());
            Assert.Equal("public, max-age=60", compressed.Headers.CacheControl?.ToString());

            using var again = new HttpRequestMessage(HttpMethod.Get, SiteFixture.ContractUrl);
            again.Headers.AcceptEncoding.ParseAdd(encoding);
            again.Headers.IfNoneMatch.Add(compressed.Headers.ETag!);
            using var notModified = await client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
    }

    [Fact]
    public async Task Stylesheet_AskedForByThePagesVersion_IsImmutableAndAnOldVersionIsNot()
    {
        await SeedOnceAsync();
        await using var portal = SitePortal.Create(database);
        using var client = portal.CreateClient();
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var address = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/css/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;

        using var current = await client.GetAsync(new Uri(address, UriKind.Relative));
        using var stale = await client.GetAsync(new Uri("/css/site.css?v=an-earlier-version", UriKind.Relative));

        Assert.NotEmpty(address);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", current.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=60", stale.Headers.CacheControl?.ToString());
        Assert.NotNull(current.Headers.ETag);
    }

    [Fact]
    public async Task Projection_AfterCorrectionIsLogged_ServesUpdatedPagesInTheSameGeneration()
    {
        var contract = await SeedOnceAsync();
        await using var portal = SitePortal.Create(database);
        using var client = portal.CreateClient();
        var before = await client.GetStringAsync(new Uri(SiteFixture.ContractUrl, UriKind.Relative));

        await using (var db = database.CreateContext())
        {
            var current = await db.ReturnVersions.Include(v => v.Return).SingleAsync(v => v.Return!.QuarterCode == SiteFixture.Second.Code && v.Status == ReturnVersionStatus.Published);
            var helper = await db.Organisations.SingleAsync(o => o.Identifier == "GB-COH-99000002");
            var tracked = await db.Contracts.Include(c => c.Kpis).SingleAsync(c => c.Id == contract.Id);
            current.Status = ReturnVersionStatus.Superseded;
            var next = SiteFixture.Published(current.Return!, current.VersionNumber!.Value + 1, new DateTime(2025, 11, 25, 9, 0, 0, DateTimeKind.Utc), "Fee corrected.");
            next.SupersedesVersionId = current.Id;
            SiteFixture.AddFacts(next, tracked, helper, SiteFixture.Second, fee: 123_456_78, k1: 63.5, k2: 12);
            db.Add(next);
            await db.SaveChangesAsync();
            await Publications.LogAsync(db, PublicationChangeKind.Restated, next);
        }

        await portal.Services.CatchUpAsync(Transparency.Web.Site.Serving.SiteProjection.ProjectionName);

        var after = await client.GetStringAsync(new Uri(SiteFixture.ContractUrl, UriKind.Relative));
        Assert.DoesNotContain("£123,456.78", before, StringComparison.Ordinal);
        Assert.Contains("£123,456.78", after, StringComparison.Ordinal);
        Assert.Contains("Fee corrected.", await client.GetStringAsync(new Uri("/providers/gb-coh-99000001/returns/", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Alpha Care Ltd", await client.GetStringAsync(new Uri("/providers/a/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portal_AtStart_RebuildsASiteBuiltFromSomethingElseAndKeepsACurrentOne()
    {
        await SeedOnceAsync();
        var built = await StartAndReadLayersAsync();
        var stampFile = Path.Combine(database.DataFolder, "site", "build-stamp.txt");
        var stamp = await File.ReadAllTextAsync(stampFile);

        var restarted = await StartAndReadLayersAsync();
        await File.WriteAllTextAsync(stampFile, "built by an earlier version");
        var upgraded = await StartAndReadLayersAsync();

        Assert.Equal(built, restarted);
        Assert.NotEqual(built, upgraded);
        Assert.Single(upgraded);
        Assert.Equal(stamp, await File.ReadAllTextAsync(stampFile));
    }

    private async Task<IReadOnlyList<string>> StartAndReadLayersAsync()
    {
        await using var portal = SitePortal.Create(database);
        using var client = portal.CreateClient();
        Assert.Contains("What public service providers are paid", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);

        // A site built from something else is served while its successor builds in the background.
        await portal.Services.CatchUpAsync(Transparency.Web.Site.Serving.SiteProjection.ProjectionName);
        return [.. portal.Services.GetRequiredService<Transparency.Web.Site.Serving.SiteGenerations>().Current()];
    }

    private async Task<Transparency.Web.Domain.Contract> SeedOnceAsync()
    {
        await using var db = database.CreateContext();
        return await db.Contracts.Include(c => c.Kpis).SingleOrDefaultAsync() ?? await SiteFixture.SeedAsync(db);
    }
}

public sealed class SqliteSiteServingTests(SqliteTestDatabase database) : SiteServingTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresSiteServingTests(PostgresTestDatabase database) : SiteServingTests(database), IClassFixture<PostgresTestDatabase>;
