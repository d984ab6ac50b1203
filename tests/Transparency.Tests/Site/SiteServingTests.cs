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
