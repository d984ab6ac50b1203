using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Insights.Cohorts;
using static Transparency.Tests.Insights.InsightsWorld;

namespace Transparency.Tests.Insights;

public abstract class CohortInsightsTests(TestDatabase database) : WorldTests(database)
{
    [Fact]
    public async Task Results_OnWorld_GapsToWholeServiceAndTarget()
    {
        await using var db = Database.CreateContext();
        var query = new CohortInsights(db).Results();

        var rows = await query.Where(r => r.QuarterCode == Q1.Code).OrderBy(r => r.Cohort).ToListAsync();

        // C1 K1 (higher is better, target 25, whole service 20); C2 K1 (lower is better, target 10, whole service 9).
        Assert.Equal(
            [("High risk", -(14.0 - 9.0), -(14.0 - 10.0)), ("Long-term unemployed", 10.0 - 20.0, 10.0 - 25.0),
             ("Low risk", -(6.0 - 9.0), -(6.0 - 10.0)), ("Recently unemployed", 30.0 - 20.0, 30.0 - 25.0)],
            rows.Select(r => (r.Cohort, r.GapToWholeService, r.GapToTarget)));
        Assert.Contains("JOIN", query.ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gaps_OnWorld_SpreadBetweenBestAndWorstServed()
    {
        await using var db = Database.CreateContext();
        var query = new CohortInsights(db).Gaps();

        var rows = await query.OrderBy(r => r.QuarterCode).ThenBy(r => r.WholeServiceActual).ToListAsync();

        Assert.Equal(
            [(Q1.Code, "Low risk", "High risk", 3.0 - -5.0), (Q1.Code, "Recently unemployed", "Long-term unemployed", 10.0 - -10.0),
             (Q2.Code, "Recently unemployed", "Long-term unemployed", 12.0 - -12.0)],
            rows.Select(r => (r.QuarterCode, r.BestCohort, r.WorstCohort, r.Spread)));
        Assert.Equal(("Risk level", 2), (rows[0].CohortDimension, rows[0].Cohorts));
        Assert.Contains("MAX(", query.ToQueryString(), StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class SqliteCohortInsightsTests(SqliteTestDatabase database) : CohortInsightsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresCohortInsightsTests(PostgresTestDatabase database) : CohortInsightsTests(database), IClassFixture<PostgresTestDatabase>;
