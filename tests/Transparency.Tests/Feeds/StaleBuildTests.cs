using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Feeds;

/// <summary>Parts and manifests left by a bulk-file build that crashed or was killed are removed at start; the served build is not.</summary>
public abstract class StaleBuildTests(TestDatabase database)
{
    [Fact]
    public async Task Start_WithLeftoversOfACrashedBuild_RemovesThemAndKeepsTheServedBuild()
    {
        string blobs, manifests, served;
        byte[] servedBytes;
        await using (var first = await FeedsPortal.StartAsync(database, seedDemo: false))
        {
            blobs = first.Store.Blobs.Folder;
            manifests = Path.Combine(first.Store.Root, "manifests");
            served = first.Store.Current!.Name;
            servedBytes = await first.Client.GetByteArrayAsync(new Uri("/downloads/csv/organisations.csv", UriKind.Relative));
        }

        var orphan = Path.Combine(Directory.CreateDirectory(Path.Combine(blobs, "ff")).FullName, new string('f', 64));
        await File.WriteAllTextAsync(orphan, "a part nobody switched to");
        await File.WriteAllTextAsync(orphan + ".deflate", "its compressed form");
        var temporary = Path.Combine(blobs, "ff", ".tmp-0123456789abcdef");
        await File.WriteAllTextAsync(temporary, "half a pa");
        var unfinished = Path.Combine(manifests, "9999999999.json.tmp");
        await File.WriteAllTextAsync(unfinished, "{");

        await using var second = await FeedsPortal.StartAsync(database, seedDemo: false);

        Assert.False(File.Exists(orphan));
        Assert.False(File.Exists(orphan + ".deflate"));
        Assert.False(File.Exists(temporary));
        Assert.False(File.Exists(unfinished));
        Assert.Equal(served, second.Store.Current!.Name);
        Assert.Equal(servedBytes, await second.Client.GetByteArrayAsync(new Uri("/downloads/csv/organisations.csv", UriKind.Relative)));
    }
}

public sealed class SqliteStaleBuildTests(SqliteTestDatabase database) : StaleBuildTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresStaleBuildTests(PostgresTestDatabase database) : StaleBuildTests(database), IClassFixture<PostgresTestDatabase>;
