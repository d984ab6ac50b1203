using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Insights;

/// <summary>
/// Databases that held returns before <c>Issue5InsightSpeed</c> get each return's first-published day from the
/// migration itself. The test writes returns, takes the database back to the migration before, and forward again.
/// A database of its own, because it migrates down.
/// </summary>
public abstract class FirstPublishedDayMigrationTests(TestDatabase database)
{
    [Fact]
    public async Task Migrate_ReturnsPublishedBefore_BackfillsTheDayOfTheUtcDate()
    {
        var lateEvening = new DateTime(2025, 7, 31, 23, 45, 10, DateTimeKind.Utc);
        var morning = new DateTime(2026, 1, 2, 0, 5, 0, DateTimeKind.Utc);
        await using (var db = database.CreateContext())
        {
            var buyer = TestData.Organisation("GB-GOR-MIG1", "Migration Department", LegalForm.PublicBody);
            var provider = TestData.Organisation("GB-COH-88000001", "Migration Provider Ltd");
            var published = TestData.PublishedVersion(TestData.Return(provider, new Quarter(2025, 1)), 1, lateEvening);
            published.Return!.FirstPublishedAt = lateEvening;
            var restated = TestData.PublishedVersion(TestData.Return(provider, new Quarter(2025, 3)), 1, morning);
            restated.Return!.FirstPublishedAt = morning;
            db.AddRange(buyer, published, restated, TestData.Return(provider, new Quarter(2025, 4)));
            await db.SaveChangesAsync();

            var migrations = db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).ToList();
            var target = migrations.FindIndex(m => m.EndsWith("_Issue5InsightSpeed", StringComparison.Ordinal));
            Assert.True(target > 0, "The Issue5InsightSpeed migration is missing.");
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[target - 1]);
            await migrator.MigrateAsync();
        }

        await using var check = database.CreateContext();
        var days = await check.Returns.OrderBy(r => r.QuarterCode).Select(r => r.FirstPublishedDay).ToListAsync();
        Assert.Equal([DateOnly.FromDateTime(lateEvening).DayNumber, DateOnly.FromDateTime(morning).DayNumber, null], days);
        Assert.Equal(new DateOnly(2025, 7, 31).DayNumber, days[0]);
    }
}

public sealed class SqliteFirstPublishedDayMigrationTests(SqliteTestDatabase database) : FirstPublishedDayMigrationTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresFirstPublishedDayMigrationTests(PostgresTestDatabase database) : FirstPublishedDayMigrationTests(database), IClassFixture<PostgresTestDatabase>;
