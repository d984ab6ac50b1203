using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Query;
using Transparency.Web.Data;

namespace Transparency.Tests.Api;

/// <summary>A query that would run for ever is stopped by the API's deadline and recognised as a timeout.</summary>
public abstract class QueryDeadlineTests(TestDatabase database)
{
    private const string Endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) AS \"Value\" FROM n";

    [Fact]
    public async Task EndlessQuery_IsStoppedAndReportedAsATimeout()
    {
        await using var db = CreateContext();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.SqlQueryRaw<long>(Endless).SingleAsync());

        Assert.True(QueryTimeout.IsTimeout(error), error.ToString());
    }

    [Fact]
    public async Task AfterAStoppedQuery_ThePooledConnectionRunsOtherQueriesNormally()
    {
        await using (var db = CreateContext())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.SqlQueryRaw<long>(Endless).SingleAsync());
        }

        await using var portal = database.CreateContext();
        Assert.Equal(0, await portal.Funding.CountAsync());
    }

    private PublicDataContext CreateContext()
    {
        if (database.Provider == "Postgres")
        {
            var postgres = new DbContextOptionsBuilder<PostgresPublicDataContext>();
            DataSetup.ConfigurePostgres(postgres, database.ConnectionString);
            postgres.UseNpgsql(npgsql => npgsql.CommandTimeout(1));
            return new PostgresPublicDataContext(postgres.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqlitePublicDataContext>();
        DataSetup.ConfigureSqlite(sqlite, database.ConnectionString);
        sqlite.AddInterceptors(new SqliteQueryDeadline(TimeSpan.FromMilliseconds(200)));
        return new SqlitePublicDataContext(sqlite.Options);
    }
}

public sealed class SqliteQueryDeadlineTests(SqliteTestDatabase database) : QueryDeadlineTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresQueryDeadlineTests(PostgresTestDatabase database) : QueryDeadlineTests(database), IClassFixture<PostgresTestDatabase>;
