using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Api.Insights;
using Transparency.Web.Api.Query;

namespace Transparency.Tests.Api.Insights;

/// <summary>The insight views run on the portal's own context: the API's time limit is put on it for one request only.</summary>
public abstract class InsightQueryDeadlineTests(TestDatabase database)
{
    private const string Endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) AS \"Value\" FROM n";
    private const string Long = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3000000) SELECT count(*) AS \"Value\" FROM n";

    [Fact]
    public async Task ArmedContext_StopsAnEndlessQueryAsATimeout()
    {
        await using var db = database.CreateContext();

        await using (await InsightQueryDeadline.ArmAsync(db, TimeSpan.FromSeconds(1), CancellationToken.None))
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.SqlQueryRaw<long>(Endless).SingleAsync());
            Assert.True(QueryTimeout.IsTimeout(error), error.ToString());
        }
    }

    [Fact]
    public async Task AfterTheRequest_TheContextRunsLongQueriesWithoutTheLimit()
    {
        await using var db = database.CreateContext();
        var before = db.Database.GetCommandTimeout();

        await using (await InsightQueryDeadline.ArmAsync(db, TimeSpan.FromMilliseconds(1), CancellationToken.None))
        {
            await Task.Delay(50);
        }

        Assert.Equal(3_000_000, await db.Database.SqlQueryRaw<long>(Long).SingleAsync());
        Assert.Equal(before, db.Database.GetCommandTimeout());
    }
}

public sealed class SqliteInsightQueryDeadlineTests(SqliteTestDatabase database) : InsightQueryDeadlineTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresInsightQueryDeadlineTests(PostgresTestDatabase database) : InsightQueryDeadlineTests(database), IClassFixture<PostgresTestDatabase>;
