using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Publication;

/// <summary>A second portal process on the same data folder (any engine) or the same SQLite file is refused with a plain message, not started.</summary>
public abstract class SingleInstanceTests(TestDatabase database)
{
    [Fact]
    public async Task SecondProcess_OnTheSameDataFolder_ExitsAndSaysWhy()
    {
        await using var running = await PortalServerProcess.StartAsync(database, database.DataFolder);

        var (code, _, error) = await PortalProcess.RunAsync(database, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, code);
        Assert.Contains("Another portal process is already running", error, StringComparison.Ordinal);
        Assert.False(running.HasExited);
    }
}

public sealed class SqliteSingleInstanceTests(SqliteTestDatabase database) : SingleInstanceTests(database), IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task SecondProcess_OnTheSameSqliteFileFromAnotherFolder_ExitsAndPointsToPostgres()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(database.DataFolder, "elsewhere")).FullName;
        await using var running = await PortalServerProcess.StartAsync(database, elsewhere);

        var (code, _, error) = await PortalProcess.RunAsync(database, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, code);
        Assert.Contains("SQLite serves one portal process at a time", error, StringComparison.Ordinal);
    }
}

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresSingleInstanceTests(PostgresTestDatabase database) : SingleInstanceTests(database), IClassFixture<PostgresTestDatabase>;
