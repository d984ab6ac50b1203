using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Administration;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Insights.Timeliness;
using static Transparency.Tests.Insights.InsightsWorld;

namespace Transparency.Tests.Insights;

public abstract class TimelinessInsightsTests(TestDatabase database) : WorldTests(database)
{
    [Fact]
    public async Task Quarters_OnWorld_CountDueOnTimeLateAndMissing()
    {
        await using var db = Database.CreateContext();
        var insights = Insights(db);
        var schedule = await insights.ScheduleAsync(AsOf);
        var query = insights.Quarters(schedule).OrderBy(q => q.QuarterCode);

        var rows = await query.ToListAsync();

        // Q1: Alpha Employment and Alpha Care on time, Beta Trust 10 days late, Gamma missing (withdrawn).
        // Q2: Beta Trust on time, Alpha Employment 3 days late, Alpha Care missing (draft only); Gamma's contract had ended.
        Assert.Equal([Q1.Code, Q2.Code], rows.Select(r => r.QuarterCode));
        Assert.Equal((4, 2, 1, 1), (rows[0].Due, rows[0].OnTime, rows[0].Late, rows[0].Missing));
        Assert.Equal((3, 1, 1, 1), (rows[1].Due, rows[1].OnTime, rows[1].Late, rows[1].Missing));
        Assert.Equal(new DateOnly(2025, 7, 31), rows[0].Deadline);
        Assert.Equal(new DateOnly(2025, 10, 31), rows[1].Deadline);
        Assert.Equal(10.0, rows[0].AverageDaysLate);
        Assert.Equal(3.0, rows[1].AverageDaysLate);
        Assert.Equal(100.0 * 2 / 4, rows[0].OnTimePercent, 9);
        Assert.Contains("GROUP BY", query.ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Returns_OnWorld_GiveStatusAndDaysLatePerProvider()
    {
        await using var db = Database.CreateContext();
        var insights = Insights(db);
        var schedule = await insights.ScheduleAsync(AsOf);

        var rows = await insights.Returns(schedule).Where(r => r.QuarterCode == Q1.Code).OrderBy(r => r.ProviderName).ToListAsync();

        Assert.Equal(["Alpha Care Ltd", "Alpha Employment Ltd", "Beta Trust", "Gamma Ltd"], rows.Select(r => r.ProviderName));
        Assert.Equal([nameof(TimelinessStatus.OnTime), nameof(TimelinessStatus.OnTime), nameof(TimelinessStatus.Late), nameof(TimelinessStatus.Missing)], rows.Select(r => r.Status));
        Assert.Equal([0, 0, 10, (int?)null], rows.Select(r => r.DaysLate));
        Assert.Equal(Utc(2025, 8, 10, 8), rows[2].FirstPublishedAt);
    }

    [Fact]
    public async Task Providers_OnWorld_SumEachProvidersQuarters()
    {
        await using var db = Database.CreateContext();
        var insights = Insights(db);
        var schedule = await insights.ScheduleAsync(AsOf);

        var rows = await insights.Providers(schedule).OrderBy(r => r.ProviderName).ToListAsync();

        Assert.Equal([(2, 1, 0, 1), (2, 1, 1, 0), (2, 1, 1, 0), (1, 0, 0, 1)], rows.Select(r => (r.Due, r.OnTime, r.Late, r.Missing)));
        Assert.Equal([null, 3.0, 10.0, null], rows.Select(r => r.AverageDaysLate));
    }

    [Fact]
    public async Task Schedule_BeforeQ2Deadline_OnlyQ1IsDue()
    {
        await using var db = Database.CreateContext();
        var insights = Insights(db);

        var schedule = await insights.ScheduleAsync(Utc(2025, 10, 31, 12));
        var rows = await insights.Quarters(schedule).ToListAsync();

        Assert.Equal([Q1], schedule.DueQuarters);
        Assert.Equal([Q1.Code], rows.Select(r => r.QuarterCode));
    }

    [Fact]
    public async Task Schedule_WithTwoMonthRuleSetting_MovesDeadlinesAndLateness()
    {
        await using var db = Database.CreateContext();
        db.Settings.Add(new PortalSetting { Key = DeadlineRules.SettingKey, Value = new DeadlineRule(2, 0).ToSetting(), UpdatedAt = AsOf });
        await db.SaveChangesAsync();
        try
        {
            var insights = Insights(db);
            var schedule = await insights.ScheduleAsync(AsOf);
            var q1 = await insights.Quarters(schedule).SingleAsync(q => q.QuarterCode == Q1.Code);

            // Two months after 30 June is 31 August: Beta Trust's 10 August publication is now on time.
            Assert.Equal(new DateOnly(2025, 8, 31), q1.Deadline);
            Assert.Equal((3, 0, 1), (q1.OnTime, q1.Late, q1.Missing));
            Assert.Equal([Q1], schedule.DueQuarters);
        }
        finally
        {
            db.Settings.Remove(await db.Settings.SingleAsync(s => s.Key == DeadlineRules.SettingKey));
            await db.SaveChangesAsync();
        }
    }

    private static TimelinessInsights Insights(TransparencyDbContext db)
    {
        return new TimelinessInsights(db, new AdministrationDeadlineRuleSource(db), TimeProvider.System);
    }
}

public sealed class SqliteTimelinessInsightsTests(SqliteTestDatabase database) : TimelinessInsightsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresTimelinessInsightsTests(PostgresTestDatabase database) : TimelinessInsightsTests(database), IClassFixture<PostgresTestDatabase>;
