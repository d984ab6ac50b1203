using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Insights.DataQuality;
using Transparency.Web.Insights.Timeliness;
using static Transparency.Tests.Insights.InsightsWorld;

namespace Transparency.Tests.Insights;

public abstract class DataQualityInsightsTests(TestDatabase database) : WorldTests(database)
{
    private static readonly string[] Order = [AlphaEmployment, AlphaCare, BetaTrust];

    [Fact]
    public async Task Versions_OnWorld_ScoreEachPublishedVersionByHand()
    {
        await using var db = Database.CreateContext();
        var schedule = await new TimelinessInsights(db, new AdministrationDeadlineRuleSource(db), TimeProvider.System).ScheduleAsync(AsOf);
        var query = new DataQualityInsights(db).Versions(schedule);

        var rows = await (from r in query
                          join p in db.Organisations on r.ProviderId equals p.Id
                          select new { p.Identifier, Row = r }).ToListAsync();
        rows = [.. rows.OrderBy(r => Array.IndexOf(Order, r.Identifier)).ThenBy(r => r.Row.QuarterCode)];

        // Only published versions: not Beta Trust's superseded Q1 v1, Gamma's withdrawn version or Alpha Care's draft.
        Assert.Equal(
            [(AlphaEmployment, Q1.Code), (AlphaEmployment, Q2.Code), (AlphaCare, Q1.Code), (BetaTrust, Q1.Code), (BetaTrust, Q2.Code)],
            rows.Select(r => (r.Identifier, r.Row.QuarterCode)));
        // Alpha Employment Q1: everything present and on time.
        Assert.Equal(15 + 25 + 15 + 5 + 25 + 15, rows[0].Row.Score, 9);
        // Q2: 3 of 6 sample sizes and values (K2 has no counts, the survey no respondents, the subcontract no total value),
        // method "Other", 3 days late.
        var q2 = rows[1].Row;
        Assert.Equal((6, 3, 1, 0, 3), (q2.SampleSizeItems, q2.SampleSizesPresent, q2.SatisfactionResults, q2.MethodsStated, q2.DaysLate));
        Assert.Equal(15 + 25 + 15.0 * 3 / 6 + 0 + (25 - 3) + 15, q2.Score, 9);
        // Alpha Care Q1: one of two KPIs reported.
        Assert.Equal((2, 1), (rows[2].Row.ExpectedKpis, rows[2].Row.KpisReported));
        Assert.Equal(15 + 25.0 / 2 + 15 + 5 + 25 + 15, rows[2].Row.Score, 9);
        // Beta Trust Q1 version 2: first published 10 days late, restated once.
        Assert.Equal((2, 10, 1), (rows[3].Row.VersionNumber, rows[3].Row.DaysLate, rows[3].Row.Restatements));
        Assert.Equal(15 + 25 + 15 + 5 + (25 - 10) + (15 - 5), rows[3].Row.Score, 9);
        // Beta Trust Q2: no KPI results.
        Assert.Equal(15 + 0 + 15 + 5 + 25 + 15, rows[4].Row.Score, 9);
        Assert.Contains("COUNT(", query.ToQueryString(), StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class SqliteDataQualityInsightsTests(SqliteTestDatabase database) : DataQualityInsightsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresDataQualityInsightsTests(PostgresTestDatabase database) : DataQualityInsightsTests(database), IClassFixture<PostgresTestDatabase>;
