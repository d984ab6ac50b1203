using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Data;

public abstract class MigrationTests(TestDatabase database)
{
    [Fact]
    public async Task Migrate_OnAnEmptyDatabase_AppliesEveryMigration()
    {
        await using var db = database.CreateContext();

        var applied = await db.Database.GetAppliedMigrationsAsync();
        var defined = db.GetService<IMigrationsAssembly>().Migrations.Keys;

        Assert.NotEmpty(defined);
        Assert.Equal(defined.Order(StringComparer.Ordinal), applied.Order(StringComparer.Ordinal));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Model_MatchesTheLatestMigration()
    {
        await using var db = database.CreateContext();

        // Fails when an entity changed without "dotnet ef migrations add" for this engine.
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration records. Add a migration for both engines.");
    }

    [Fact]
    public async Task Migrate_WhenRunAgain_ChangesNothing()
    {
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Organisations.CountAsync());
    }
}

public sealed class SqliteMigrationTests(SqliteTestDatabase database) : MigrationTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresMigrationTests(PostgresTestDatabase database) : MigrationTests(database), IClassFixture<PostgresTestDatabase>;
