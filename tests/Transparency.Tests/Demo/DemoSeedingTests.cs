using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Data.Bulk;
using Transparency.Web.Demo;
using Transparency.Web.Domain;

namespace Transparency.Tests.Demo;

/// <summary>The demonstration data loaded into each engine reads back exactly as generated.</summary>
public abstract class DemoSeedingTests(TestDatabase database) : IAsyncLifetime
{
    private static readonly DemoOptions Options = new();

    public async Task InitializeAsync()
    {
        await using var db = database.CreateContext();
        var seeder = new DemoSeeder(db, new BulkWriterFactory(), NullLogger<DemoSeeder>.Instance);
        if (await seeder.IsEmptyAsync())
        {
            await seeder.SeedAsync(Options);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Seed_ReadsBackExactlyAsGenerated()
    {
        await using var db = database.CreateContext();

        Assert.Equal(DemoFingerprint.Of(Options), DemoFingerprint.Of(db, Options));
    }

    [Fact]
    public async Task Seed_MarksTheDatabaseAsDemonstrationData()
    {
        await using var db = database.CreateContext();

        var marker = await db.Settings.SingleAsync(s => s.Key == DemoMarker.SettingKey);
        Assert.Equal(DemoMarker.Notice, marker.Value);
        Assert.True(await db.Organisations.AllAsync(o => o.IsDemonstration));
    }

    [Fact]
    public async Task Seed_WhenDatabaseNotEmpty_RefusesAndChangesNothing()
    {
        await using var db = database.CreateContext();
        var before = await db.KpiResults.CountAsync();
        var seeder = new DemoSeeder(db, new BulkWriterFactory(), NullLogger<DemoSeeder>.Instance);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => seeder.SeedAsync(Options));

        Assert.Contains("only loaded into an empty database", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.KpiResults.CountAsync());
    }

    [Fact]
    public async Task Seed_LeavesIdentitySequencesPastTheLoadedKeys()
    {
        await using var db = database.CreateContext();
        var organisations = await db.Organisations.CountAsync();
        var organisation = TestData.Organisation("GB-COH-98000001", "Added After Seeding Ltd");

        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();

        Assert.True(organisation.Id > organisations);
        Assert.Equal(organisations + 1, await db.Organisations.CountAsync());
        db.Organisations.Remove(organisation);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task PublishedRecord_HasAtMostOneCurrentVersionPerReturn()
    {
        await using var db = database.CreateContext();

        var returnsWithTwoCurrent = await db.ReturnVersions
            .Where(v => v.Status == ReturnVersionStatus.Published)
            .GroupBy(v => v.ReturnId)
            .CountAsync(g => g.Count() > 1);

        Assert.Equal(0, returnsWithTwoCurrent);
    }
}

public sealed class SqliteDemoSeedingTests(SqliteTestDatabase database) : DemoSeedingTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresDemoSeedingTests(PostgresTestDatabase database) : DemoSeedingTests(database), IClassFixture<PostgresTestDatabase>;
