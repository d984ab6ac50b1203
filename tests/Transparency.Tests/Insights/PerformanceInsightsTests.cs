using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Insights.Performance;
using static Transparency.Tests.Insights.InsightsWorld;

namespace Transparency.Tests.Insights;

public abstract class PerformanceInsightsTests(TestDatabase database) : WorldTests(database)
{
    [Fact]
    public async Task ByQuarter_OnWorld_CountsPublishedWholeServiceRatings()
    {
        await using var db = Database.CreateContext();
        var query = new PerformanceInsights(db).ByQuarter().Where(r => r.QuarterCode >= Q1.Code).OrderBy(r => r.QuarterCode);

        var rows = await query.ToListAsync();

        // Q1: C1 Inadequate, Requires improvement, Good; C2 Good; C3 Good (version 2). Cohort rows, the superseded,
        // withdrawn and draft results do not count. Q2: C1 Requires improvement, Good, Approaching target.
        Assert.Equal((5, 3, 0, 1, 1), (rows[0].Results, rows[0].Good, rows[0].ApproachingTarget, rows[0].RequiresImprovement, rows[0].Inadequate));
        Assert.Equal((3, 1, 1, 1, 0), (rows[1].Results, rows[1].Good, rows[1].ApproachingTarget, rows[1].RequiresImprovement, rows[1].Inadequate));
        Assert.Equal(100.0 * 2 / 5, rows[0].BelowTargetShare, 9);
        Assert.Contains("COUNT(", query.ToQueryString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ByContractProviderCommissioner_OnWorld_GroupByEach()
    {
        await using var db = Database.CreateContext();
        var insights = new PerformanceInsights(db);

        var c1 = await insights.ByContract().SingleAsync(r => r.Key == "C1" && r.QuarterCode == Q1.Code);
        var provider = await insights.ByProvider().SingleAsync(r => r.Key == BetaTrust && r.QuarterCode == Q1.Code);
        var council = await insights.ByCommissioner().SingleAsync(r => r.Key == CouncilB && r.QuarterCode == Q1.Code);

        Assert.Equal((3, 1, 1, 1), (c1.Results, c1.Good, c1.RequiresImprovement, c1.Inadequate));
        Assert.Equal((1, 1), (provider.Results, provider.Good));
        Assert.Equal((2, 2), (council.Results, council.Good));
    }

    [Fact]
    public async Task PersistentAndYearOnYear_WithYearEarlierResults_FlagRunsAndDirectionAwareChange()
    {
        await using var db = Database.CreateContext();
        await SeedYearEarlierAsync(db);
        var insights = new PerformanceInsights(db);

        var persistent = await insights.PersistentUnderperformance().ToListAsync();
        var yearOnYear = await insights.YearOnYear().OrderBy(r => r.QuarterCode).ThenBy(r => r.KpiCode).ToListAsync();

        // C1 K1: Requires improvement in 2024-25 Q2, no results in Q3 and Q4 (a gap does not end a run), Inadequate
        // in 2025-26 Q1, Requires improvement in Q2. Only Q2 follows a poor previous quarter; the run is 3 long.
        var run = Assert.Single(persistent);
        Assert.Equal(("C1", "K1", Q2.Code, nameof(KpiRating.RequiresImprovement), 3), (run.ContractReference, run.KpiCode, run.QuarterCode, run.Rating, run.QuartersRunning));

        // C2 K1 (lower is better): 12.0 then 9.0 is 3 points better. C1 K1: 18.0 then 22.0; C1 K2: 88.0 then 91.0.
        Assert.Equal([(Q1.Code, "K1", 9.0 - 12.0, 12.0 - 9.0), (Q2.Code, "K1", 22.0 - 18.0, 22.0 - 18.0), (Q2.Code, "K2", 91.0 - 88.0, 91.0 - 88.0)],
            yearOnYear.Select(r => (r.QuarterCode, r.KpiCode, r.Change, r.Improvement)));
        Assert.Equal(nameof(KpiRating.Good), yearOnYear[0].Rating);
        Assert.Equal(nameof(KpiRating.RequiresImprovement), yearOnYear[0].RatingYearEarlier);
    }

    private static async Task SeedYearEarlierAsync(Web.Data.TransparencyDbContext db)
    {
        var c1 = await db.Contracts.Include(c => c.Kpis).Include(c => c.Provider).SingleAsync(c => c.Reference == "C1");
        var c2 = await db.Contracts.Include(c => c.Kpis).Include(c => c.Provider).SingleAsync(c => c.Reference == "C2");
        new FactBuilder(Version(db, c1.Provider!, Q2.YearEarlier, Utc(2024, 10, 20, 9)), c1)
            .Result("K1", 18.0, KpiRating.RequiresImprovement).Result("K2", 88.0, KpiRating.RequiresImprovement);
        new FactBuilder(Version(db, c2.Provider!, Q1.YearEarlier, Utc(2024, 7, 20, 9)), c2)
            .Result("K1", 12.0, KpiRating.RequiresImprovement);
        await db.SaveChangesAsync();
    }
}

public sealed class SqlitePerformanceInsightsTests(SqliteTestDatabase database) : PerformanceInsightsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresPerformanceInsightsTests(PostgresTestDatabase database) : PerformanceInsightsTests(database), IClassFixture<PostgresTestDatabase>;
