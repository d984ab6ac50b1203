using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Feeds;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Returns;
using Transparency.Web.Domain;
using Transparency.Web.Feeds.Downloads;
using Transparency.Web.Site.Serving;

namespace Transparency.Tests.Publication;

/// <summary>
/// Two portal instances on one PostgreSQL database, each with its own data folder, as behind a load balancer: started
/// together on an empty database they seed it once, and a publication through either reaches both sites and both
/// sets of bulk files, identically.
/// </summary>
[Trait(Engines.Trait, Engines.Postgres)]
public sealed class ScaleOutTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly Quarter Quarter = new(2025, 2);
    private static readonly string[] Outputs = [SiteProjection.ProjectionName, DownloadsProjection.ProjectionName, "feeds"];

    [Fact]
    public async Task TwoInstances_StartedTogetherOnAnEmptyDatabase_SeedOnceAndServeTheSamePublication()
    {
        await using var first = Instance();
        await using var second = Instance();
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));
        await Task.WhenAll(first.Services.CatchUpAsync(Outputs), second.Services.CatchUpAsync(Outputs));

        await using (var db = database.CreateContext())
        {
            Assert.Equal(1, await db.PublicationLog.CountAsync(e => e.Kind == PublicationChangeKind.RebuildRequested));
        }

        await AssertSameAsync(first, second, "/", "/providers/", "/sectors/", "/downloads/csv/funding.csv", "/downloads/csv/organisations.csv");

        // Published through neither instance's own request path: both learn of it from the log alone.
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using (var services = new ReturnServices(database))
        {
            var draft = await services.SubmitAsync(scenario.ProviderId, Quarter, InputFormTests.SampleReturn(Quarter).CsvFiles());
            Assert.True((await services.Publisher.PublishAsync(new Transparency.Web.Returns.Workflow.PublishRequest(draft.DraftVersionId!.Value, "provider@example.test", null))).Succeeded);
        }

        await Task.WhenAll(first.Services.CatchUpAsync(Outputs), second.Services.CatchUpAsync(Outputs));
        string identifier;
        await using (var db = database.CreateContext())
        {
            identifier = await db.Organisations.Where(o => o.Id == scenario.ProviderId).Select(o => o.Identifier).SingleAsync();
        }

        var returnsPage = $"/providers/{identifier.ToLowerInvariant()}/returns/";
        using var client = second.CreateClient();
        Assert.Contains(Quarter.ToString(), await client.GetStringAsync(new Uri(returnsPage, UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains(identifier, await client.GetStringAsync(new Uri("/downloads/csv/funding.csv", UriKind.Relative)), StringComparison.Ordinal);
        await AssertSameAsync(first, second, "/", returnsPage, "/downloads/csv/funding.csv", "/downloads/csv/return_versions.csv", $"/feeds/providers/{identifier}.atom");
    }

    private WebApplicationFactory<Program> Instance()
    {
        var folder = Directory.CreateDirectory(Path.Combine(database.DataFolder, Guid.NewGuid().ToString("N"))).FullName;
        return new PortalFactory(database, seedDemo: true).WithWebHostBuilder(b => b
            .UseSetting("Storage:DataFolder", folder)
            .UseSetting("Site:SearchIndex", "false")
            .UseSetting("Feeds:BuildDownloadsOnStart", "true")
            .UseSetting("Feeds:StartupBuildDelay", "00:00:00"));
    }

    private static async Task AssertSameAsync(WebApplicationFactory<Program> first, WebApplicationFactory<Program> second, params string[] paths)
    {
        using var one = first.CreateClient();
        using var two = second.CreateClient();
        foreach (var path in paths)
        {
            var a = await one.GetByteArrayAsync(new Uri(path, UriKind.Relative));
            var b = await two.GetByteArrayAsync(new Uri(path, UriKind.Relative));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{path} differs between the two instances.");
        }
    }
}
