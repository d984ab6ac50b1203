using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

namespace Transparency.Tests.PublicRecord;

/// <summary>
/// Every form of a quarter's presentation agrees with <see cref="Quarter"/>'s: the C# label, the translatable
/// expression (run in the database, as the insight API runs it) and each engine's own SQL for start date and year.
/// </summary>
public abstract class QuarterPresentationTests(TestDatabase database)
{
    // A century of quarters, including the turns of decades and centuries where two-digit years wrap (2009-10, 2099-00).
    private static readonly int[] Codes = [.. Enumerable.Range(2000, 100).SelectMany(year => Enumerable.Range(1, 4).Select(q => (year * 10) + q))];

    [Fact]
    public void Label_AndItsExpression_WriteWhatQuarterWrites()
    {
        var compiled = QuarterPresentation.LabelExpression.Compile();
        foreach (var code in Codes)
        {
            var expected = Quarter.FromCode(code).ToString();
            Assert.Equal(expected, QuarterPresentation.Label(code));
            Assert.Equal(expected, compiled(code));
        }
    }

    [Fact]
    public async Task LabelExpression_InTheDatabase_WritesWhatQuarterWrites()
    {
        await using var db = database.CreateContext();
        var labels = await db.Database.SqlQueryRaw<int>(CodesSql()).Select(QuarterPresentation.LabelExpression).ToListAsync();

        Assert.Equal(Codes.Select(c => Quarter.FromCode(c).ToString()).Order(StringComparer.Ordinal), labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EngineSql_GivesQuarterStartAndFinancialYear()
    {
        await using var db = database.CreateContext();
        var sql = db.Database.IsNpgsql() ? QuarterPresentation.Postgres : QuarterPresentation.Sqlite;
        var column = "\"Value\"";
        // Built only from this test's own constants, so there is nothing to inject.
        var query = $"SELECT {column} AS \"Code\", CAST({sql.Start(column)} AS text) AS \"Start\", {sql.FinancialYear(column)} AS \"Year\" FROM ({CodesSql()}) AS c";
        var rows = await db.Database.SqlQueryRaw<QuarterText>(query).ToListAsync();

        Assert.Equal(Codes.Length, rows.Count);
        foreach (var row in rows)
        {
            var quarter = Quarter.FromCode(row.Code);
            Assert.Equal(quarter.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row.Start);
            Assert.Equal(quarter.FinancialYear, row.Year);
        }
    }

    private static string CodesSql() => string.Join(" UNION ALL ", Codes.Select(c => $"SELECT {c} AS \"Value\""));

    private sealed class QuarterText
    {
        public int Code { get; init; }

        public required string Start { get; init; }

        public required string Year { get; init; }
    }
}

public sealed class SqliteQuarterPresentationTests(SqliteTestDatabase database) : QuarterPresentationTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresQuarterPresentationTests(PostgresTestDatabase database) : QuarterPresentationTests(database), IClassFixture<PostgresTestDatabase>;
