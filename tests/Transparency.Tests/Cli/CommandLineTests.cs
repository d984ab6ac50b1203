using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Cli;

/// <summary>The verbs run through the portal's real executable, as a person would type them.</summary>
public abstract class CommandLineTests(TestDatabase database)
{
    [Fact]
    public async Task SeedDemo_OnEmptyDatabase_LoadsAndReportsTheRate_ThenRefusesASecondTime()
    {
        var first = await PortalProcess.RunAsync(database, "seed-demo");
        await using var db = database.CreateContext();
        var organisations = await db.Organisations.CountAsync();

        var second = await PortalProcess.RunAsync(database, "seed-demo");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Matches(@"Loaded [\d,]+ rows of fictional demo data \(seed 20251\) in [\d.]+ s: [\d,]+ rows/s \([\d,]+ rows per processor-second\), peak memory [\d,]+ MiB\.", first.Output);
        Assert.Equal(85, organisations);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("only loaded into an empty database", second.Error, StringComparison.Ordinal);
        Assert.Equal(organisations, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task SeedDemo_WithUnknownScale_ExplainsTheChoices()
    {
        var result = await PortalProcess.RunAsync(database, "seed-demo", "--scale", "galactic");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown scale 'galactic'. Use 'demo' (the default) or 'national'.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheVerbs()
    {
        var result = await PortalProcess.RunAsync(database, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("seed-demo", result.Output, StringComparison.Ordinal);
        Assert.Contains("migrate", result.Output, StringComparison.Ordinal);
        Assert.Contains("check-health", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--bogus", "migrate")]
    [InlineData("migrat")]
    public async Task UnknownArgument_IsReportedAndNeverStartsTheWebHost(params string[] args)
    {
        var result = await PortalProcess.RunAsync(database, args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Unrecognized command or argument", result.Error + result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setting_BeforeOrAfterTheVerb_IsUsedByTheVerb()
    {
        var first = Path.Combine(database.DataFolder, $"before-{Guid.NewGuid():N}.db");
        var second = Path.Combine(database.DataFolder, $"after-{Guid.NewGuid():N}.db");

        var before = await PortalProcess.RunAsync(database, "--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={first}", "migrate");
        var after = await PortalProcess.RunAsync(database, "migrate", "--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={second}");

        Assert.True(before.ExitCode == 0, before.Error);
        Assert.True(after.ExitCode == 0, after.Error);
        Assert.Contains("The database schema is up to date.", before.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(first) && File.Exists(second));
    }

    [Fact]
    public async Task CheckHealth_WhenNothingListens_Fails()
    {
        var result = await PortalProcess.RunAsync(database, "check-health", "--url", "http://127.0.0.1:9/health");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The portal did not answer", result.Error, StringComparison.Ordinal);
    }
}

public sealed class SqliteCommandLineTests(SqliteTestDatabase database) : CommandLineTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresCommandLineTests(PostgresTestDatabase database) : CommandLineTests(database), IClassFixture<PostgresTestDatabase>;
