using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Feeds;

/// <summary>Work folders left by a bulk-file build that crashed or was killed are removed; live ones and the served build are not.</summary>
public abstract class StaleBuildTests(TestDatabase database)
{
    [Fact]
    public async Task Start_WithAStaleWorkFolder_RemovesItAndKeepsTheServedBuild()
    {
        string builds, served, stale, live, servedFile;
        byte[] servedBytes;
        await using (var first = await FeedsPortal.StartAsync(database, seedDemo: false))
        {
            builds = Path.Combine(first.Store.Root, "builds");
            served = first.Store.Current!.Folder;
            servedFile = first.Store.Current.PhysicalPath(first.Store.Current.ByPath["csv/organisations.csv"]);
            servedBytes = await File.ReadAllBytesAsync(servedFile);
        }

        stale = Directory.CreateDirectory(Path.Combine(builds, ".work-20250101T000000000-crashed")).FullName;
        await File.WriteAllTextAsync(Path.Combine(stale, "funding.csv"), "half a fi");
        live = Directory.CreateDirectory(Path.Combine(builds, ".work-20250101T000000000-another-process")).FullName;
        await using var liveLock = new FileStream(live + ".lock", FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);

        await using var second = await FeedsPortal.StartAsync(database, seedDemo: false);

        Assert.False(Directory.Exists(stale));
        Assert.False(File.Exists(stale + ".lock"));
        Assert.True(Directory.Exists(live));
        Assert.Equal(served, second.Store.Current!.Folder);
        Assert.Equal(servedBytes, await File.ReadAllBytesAsync(servedFile));
        Assert.Equal(servedBytes, await second.Client.GetByteArrayAsync(new Uri("/downloads/csv/organisations.csv", UriKind.Relative)));
    }

    [Fact]
    public async Task Rebuild_WithAStaleWorkFolder_RemovesItAndLeavesNoWorkFolder()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: false);
        var builds = Path.Combine(portal.Store.Root, "builds");
        var stale = Directory.CreateDirectory(Path.Combine(builds, ".work-20250101T000000000-killed")).FullName;
        await File.WriteAllTextAsync(stale + ".lock", string.Empty);

        await portal.RebuildAsync();

        Assert.Empty(Directory.GetDirectories(builds, ".work-*"));
        Assert.Empty(Directory.GetFiles(builds, ".work-*"));
    }
}

public sealed class SqliteStaleBuildTests(SqliteTestDatabase database) : StaleBuildTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresStaleBuildTests(PostgresTestDatabase database) : StaleBuildTests(database), IClassFixture<PostgresTestDatabase>;
