using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Demo;

namespace Transparency.Tests.Insights;

/// <summary>
/// The demonstration data reaches the database through the bulk writers, which copy the entity's mapped
/// properties; its contracts must carry the quarter codes of their dates, and its returns the day number of
/// their first publication. A database of its own, so the seeding
/// (which needs an empty database) always runs.
/// </summary>
public abstract class ContractQuartersBulkTests(TestDatabase database)
{
    [Fact]
    public async Task BulkLoad_DemoData_StoresContractQuartersAndFirstPublishedDays()
    {
        await using var factory = new PortalFactory(database, seedDemo: true);
        _ = factory.Services;
        await using var db = database.CreateContext();

        Assert.True(await db.Settings.AnyAsync(s => s.Key == DemoMarker.SettingKey));
        await ContractQuartersTests.AssertEveryContractMatchesItsDatesAsync(database, minimum: 10);
        var returns = await db.Returns.AsNoTracking().Select(r => new { r.Id, r.FirstPublishedAt, r.FirstPublishedDay }).ToListAsync();
        Assert.Contains(returns, r => r.FirstPublishedAt is not null);
        Assert.All(returns, r => Assert.Equal((r.Id, r.FirstPublishedAt is { } at ? DateOnly.FromDateTime(at).DayNumber : (int?)null), (r.Id, r.FirstPublishedDay)));
    }
}

public sealed class SqliteContractQuartersBulkTests(SqliteTestDatabase database) : ContractQuartersBulkTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresContractQuartersBulkTests(PostgresTestDatabase database) : ContractQuartersBulkTests(database), IClassFixture<PostgresTestDatabase>;
