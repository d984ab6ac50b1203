using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;
using Transparency.Web.Feeds.Downloads;
using Transparency.Web.Publication;

namespace Transparency.Tests.Feeds;

/// <summary>
/// A publication rewrites only the parts it touches, and the result is byte for byte what a build from scratch gives:
/// applied again it changes nothing, a build that dies before its switch leaves the previous files served, and two
/// instances at the same log position serve the same bytes.
/// </summary>
public abstract class IncrementalDownloadsTests(TestDatabase database)
{
    private static readonly string[] ReferenceTables = ["organisations", "contracts", "kpi_definitions"];

    [Fact]
    public async Task Restatement_RewritesOnlyTheTouchedParts_AndMatchesABuildFromScratch()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        var before = portal.Store.Current!;

        var (_, quarter) = await Restatements.RestateAsync(database);
        await portal.CatchUpAsync();
        var after = portal.Store.Current!;
        var incremental = await portal.ServedFilesAsync();
        await portal.RebuildAsync();
        var rebuilt = portal.Store.Current!;

        var report = after.Report!;
        var oldBlobs = before.Manifest.Parts.Select(p => p.Blob).ToHashSet();
        var rewritten = after.Manifest.Parts.Except(before.Manifest.Parts).ToList();
        Assert.False(report.FromScratch);
        Assert.True(report.PartsKept > report.PartsWritten, $"{report.PartsWritten} parts were written again and {report.PartsKept} kept.");
        Assert.All(rewritten, p => Assert.True(p.Year is null || p.Year == quarter / 10, $"{p.Output} {p.Year} was rewritten."));
        Assert.Contains(after.Manifest.Parts, p => p.Output == "kpi_results" && p.Year != quarter / 10);
        Assert.All(after.Manifest.Parts.Where(p => ReferenceTables.Contains(p.Output)), p => Assert.Contains(p.Blob, oldBlobs));
        Assert.Contains(after.Manifest.Parts, p => p.Output == "funding" && !oldBlobs.Contains(p.Blob));
        Assert.Equal(0, rebuilt.Report!.BlobsWritten);
        Assert.Equal(incremental.Keys, (await portal.ServedFilesAsync()).Keys);
        foreach (var (path, bytes) in await portal.ServedFilesAsync())
        {
            Assert.True(bytes.AsSpan().SequenceEqual(incremental[path]), $"{path} differs from the build from scratch.");
        }
    }

    [Fact]
    public async Task ApplyingTheSameEntriesAgain_ChangesNothing()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        var from = portal.Store.Current!.State;
        var (position, _) = await Restatements.RestateAsync(database);
        await portal.CatchUpAsync();
        var served = await portal.ServedFilesAsync();
        var blobs = Directory.GetFiles(portal.Store.Blobs.Folder, "*", SearchOption.AllDirectories).Order().ToList();

        IReadOnlyList<Web.Domain.PublicationLogEntry> entries;
        await using (var db = database.CreateContext())
        {
            entries = await PublicationLog.ReadAsync(db, from.Position, position, CancellationToken.None);
        }

        var again = await portal.Factory.Services.GetRequiredService<DownloadsBuilder>()
            .ApplyAsync(new ProjectionBatch(from.Position, position, entries, FromScratch: false, from.Advance(position, DateTime.UtcNow)), CancellationToken.None);

        Assert.NotEmpty(entries);
        Assert.Equal(0, again.Report!.BlobsWritten);
        Assert.True(again.Report.PartsWritten > 0, "The entries should have been applied again.");
        Assert.Empty(Directory.GetFiles(portal.Store.Blobs.Folder, "*", SearchOption.AllDirectories).Except(blobs));
        var reapplied = await portal.ServedFilesAsync();
        Assert.Equal(served.Keys, reapplied.Keys);
        Assert.All(served, f => Assert.Equal(f.Value, reapplied[f.Key]));
    }

    [Fact]
    public async Task BuildDyingBeforeItsSwitch_LeavesThePreviousFilesServed_AndTheNextStartCatchesUp()
    {
        string sums;
        await using (var first = await FeedsPortal.StartAsync(database, seedDemo: true))
        {
            sums = await first.GetStringAsync("/downloads/SHA256SUMS");
        }

        await using (var failing = await FeedsPortal.StartAsync(database, seedDemo: true, catchUp: false, ("Testing:FailDownloadsBeforeSwitch", "true")))
        {
            await Restatements.RestateAsync(database);
            failing.Factory.Services.GetRequiredService<PublicationSignal>().Notify();
            var statuses = failing.Factory.Services.GetRequiredService<ProjectionStatuses>();
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (statuses.Find(DownloadsProjection.ProjectionName)?.LastError is null)
            {
                await Task.Delay(100, patience.Token);
            }

            var named = failing.Store.Current!.Manifest.Parts.Select(p => p.Blob).ToHashSet();
            Assert.Equal(sums, await failing.GetStringAsync("/downloads/SHA256SUMS"));
            Assert.Contains(Directory.GetFiles(failing.Store.Blobs.Folder, "*", SearchOption.AllDirectories), f => !named.Contains(Path.GetFileName(f).Split('.')[0]));
        }

        await using var restarted = await FeedsPortal.StartAsync(database, seedDemo: true);
        long head;
        await using (var db = database.CreateContext())
        {
            head = await PublicationLog.HeadAsync(db, CancellationToken.None);
        }

        var current = restarted.Store.Current!;
        var served = await restarted.ServedFilesAsync();
        await restarted.RebuildAsync();

        Assert.Equal(head, current.State.Position);
        Assert.NotEqual(sums, await restarted.GetStringAsync("/downloads/SHA256SUMS"));
        Assert.Equal(served.Keys, (await restarted.ServedFilesAsync()).Keys);
        Assert.All(await restarted.ServedFilesAsync(), f => Assert.Equal(f.Value, served[f.Key]));
    }

    [Fact]
    public async Task TwoPortalsOnOneDatabase_ServeTheSameBytesAtTheSamePosition()
    {
        // Inside the fixture's folder, which the fixture removes: the second host's site may still be finishing files as it stops.
        var otherFolder = Directory.CreateDirectory(Path.Combine(database.DataFolder, $"second-{Guid.NewGuid():N}")).FullName;
        await using var first = await FeedsPortal.StartAsync(database, seedDemo: true);
        await Restatements.RestateAsync(database);
        await first.CatchUpAsync();

        // The second builds from scratch at the position the first reached incrementally; then both apply one more.
        await using var second = await FeedsPortal.StartAsync(database, seedDemo: true, catchUp: true, ("Storage:DataFolder", otherFolder), ("Site:BuildOnStart", "false"));
        await AssertSameAsync(first, second);
        await Restatements.RestateAsync(database);
        await first.CatchUpAsync();
        await second.CatchUpAsync();
        await AssertSameAsync(first, second);
    }

    private static async Task AssertSameAsync(FeedsPortal first, FeedsPortal second)
    {
        Assert.Equal(first.Store.Current!.State.Position, second.Store.Current!.State.Position);
        var one = await first.ServedFilesAsync();
        var two = await second.ServedFilesAsync();
        Assert.Equal(one.Keys, two.Keys);
        Assert.All(one, f => Assert.True(f.Value.AsSpan().SequenceEqual(two[f.Key]), $"{f.Key} differs between the instances."));
        foreach (var path in new[] { "/downloads/csv/funding.csv", "/downloads/json/kpi_results.json", "/downloads/ocds/record-package.json", "/downloads/datapackage.json" })
        {
            using var a = await first.Client.GetAsync(new Uri(path, UriKind.Relative));
            using var b = await second.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(a.Headers.ETag, b.Headers.ETag);
            Assert.Equal(a.Content.Headers.LastModified, b.Content.Headers.LastModified);
            Assert.Equal(a.Content.Headers.ContentLength, b.Content.Headers.ContentLength);
        }
    }
}

public sealed class SqliteIncrementalDownloadsTests(SqliteTestDatabase database) : IncrementalDownloadsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresIncrementalDownloadsTests(PostgresTestDatabase database) : IncrementalDownloadsTests(database), IClassFixture<PostgresTestDatabase>;
