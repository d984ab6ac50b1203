using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Feeds;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Returns;
using Transparency.Tests.Returns.Wiring;
using Transparency.Web.Domain;
using Transparency.Web.Publication;

namespace Transparency.Tests.Publication;

/// <summary>
/// The portal killed right after a publication commits, before any projection has seen it: after a restart the site,
/// the bulk files and the feeds show exactly what the database holds.
/// </summary>
public abstract class CrashRecoveryTests(TestDatabase database)
{
    private static readonly Quarter Quarter = new(2025, 2);

    [Fact]
    public async Task Restart_AfterAKillBetweenCommitAndProjections_CatchesEveryOutputUp()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        string token;
        await using (var factory = new PortalFactory(database))
        {
            token = (await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId)).Token;
        }

        // Inside the fixture's folder, which is removed once the processes are gone.
        var dataFolder = Directory.CreateDirectory(Path.Combine(database.DataFolder, "crashing")).FullName;
        (string, string)[] downloads = [("Feeds:BuildDownloadsOnStart", "true"), ("Feeds:StartupBuildDelay", "00:00:00")];
        await using (var doomed = await PortalServerProcess.StartAsync(database, dataFolder, [.. downloads, ("Testing:KillAfterPublicationCommit", "true")]))
        {
            await doomed.CatchUpAsync(await HeadAsync(), SiteProjectionName, "downloads");
            var draftId = await UploadAsync(doomed, token);
            using var publish = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/returns/drafts/{draftId}/publish", UriKind.Relative));
            publish.Headers.Authorization = new("Bearer", token);
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => doomed.Client.SendAsync(publish));
            await doomed.WaitForExitAsync(TimeSpan.FromMinutes(1));
        }

        await using var db = database.CreateContext();
        var version = await db.ReturnVersions.Include(v => v.Return).ThenInclude(r => r!.Provider)
            .SingleAsync(v => v.Return!.ProviderId == scenario.ProviderId && v.Return.QuarterCode == Quarter.Code && v.Status == ReturnVersionStatus.Published);
        var head = await HeadAsync();
        Assert.Equal(version.Id, (await db.PublicationLog.SingleAsync(e => e.Position == head)).ReturnVersionId);

        await using var restarted = await PortalServerProcess.StartAsync(database, dataFolder, downloads);
        await restarted.CatchUpAsync(head, SiteProjectionName, "downloads", "feeds");

        var identifier = version.Return!.Provider!.Identifier;
        var returnsPage = await restarted.Client.GetStringAsync(new Uri($"/providers/{identifier.ToLowerInvariant()}/returns/", UriKind.Relative));
        var funding = CsvTable.Parse(await restarted.Client.GetStringAsync(new Uri("/downloads/csv/funding.csv", UriKind.Relative)));
        var feed = await restarted.Client.GetStringAsync(new Uri($"/feeds/providers/{identifier}.atom", UriKind.Relative));
        var published = await db.Funding.CountAsync(f => f.ReturnVersionId == version.Id);

        Assert.Contains(Quarter.ToString(), returnsPage, StringComparison.Ordinal);
        Assert.Equal(published, funding.Column("return_version_id").Count(id => id == Transparency.Web.Feeds.StableIds.ReturnVersion(identifier, Quarter.Code, 1)));
        Assert.Contains(Quarter.ToString(), feed, StringComparison.Ordinal);
    }

    private const string SiteProjectionName = Transparency.Web.Site.Serving.SiteProjection.ProjectionName;

    private async Task<long> HeadAsync()
    {
        await using var db = database.CreateContext();
        return await PublicationLog.HeadAsync(db, CancellationToken.None);
    }

    private static async Task<int> UploadAsync(PortalServerProcess server, string token)
    {
        using var upload = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/returns?quarter={Uri.EscapeDataString(Quarter.ToString())}", UriKind.Relative))
        {
            Content = ReturnsPublisher.Multipart(InputFormTests.SampleReturn(Quarter).CsvFiles()),
        };
        upload.Headers.Authorization = new("Bearer", token);
        using var response = await server.Client.SendAsync(upload);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("id").GetInt32();
    }
}

public sealed class SqliteCrashRecoveryTests(SqliteTestDatabase database) : CrashRecoveryTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresCrashRecoveryTests(PostgresTestDatabase database) : CrashRecoveryTests(database), IClassFixture<PostgresTestDatabase>;
