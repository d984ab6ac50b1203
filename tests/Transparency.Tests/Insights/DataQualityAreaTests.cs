using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Insights.DataQuality;
using Transparency.Web.Insights.Timeliness;

namespace Transparency.Tests.Insights;

/// <summary>
/// "KPIs reported" counts each expected KPI once, however many whole-service results it has (one per area), and
/// not at all when it has only cohort results. A database of its own, so the world's fixed rows are not disturbed.
/// </summary>
public abstract class DataQualityAreaTests(TestDatabase database)
{
    [Fact]
    public async Task Versions_KpiReportedPerArea_CountsTheKpiOnce()
    {
        var quarter = new Quarter(2025, 1);
        await using var db = database.CreateContext();
        var buyer = TestData.Organisation("GB-GOR-ZZ951", "Area Department (test)", LegalForm.PublicBody);
        var provider = TestData.Organisation("GB-COH-99000951", "Area Provider Ltd");
        var contract = TestData.Contract(provider, buyer).WithKpi("K1").WithKpi("K2").WithKpi("K3").Build();
        db.AddRange(buyer, provider, contract);
        await db.SaveChangesAsync();
        var at = new DateTime(2025, 7, 20, 9, 0, 0, DateTimeKind.Utc);
        var quarterlyReturn = TestData.Return(provider, quarter);
        quarterlyReturn.FirstPublishedAt = at;
        var version = TestData.PublishedVersion(quarterlyReturn, 1, at);
        new FactBuilder(version, contract)
            .Result("K1", 10, KpiRating.Good, area: "E12000001")
            .Result("K1", 12, KpiRating.Good, area: "E12000002")
            .Result("K2", 5, KpiRating.Good, cohort: "Under 25");
        db.Add(version);
        await db.SaveChangesAsync();
        var schedule = await new TimelinessInsights(db, new AdministrationDeadlineRuleSource(db), TimeProvider.System)
            .ScheduleAsync(new DateTime(2025, 11, 15, 12, 0, 0, DateTimeKind.Utc));

        var row = await new DataQualityInsights(db).Versions(schedule).SingleAsync();

        // Three KPIs expected; K1 reported (twice, by area), K2 only by cohort, K3 not at all: 1 of 3.
        Assert.Equal((3, 1), (row.ExpectedKpis, row.KpisReported));
        Assert.Equal(25.0 / 3, row.KpiPoints, 9);
    }
}

public sealed class SqliteDataQualityAreaTests(SqliteTestDatabase database) : DataQualityAreaTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresDataQualityAreaTests(PostgresTestDatabase database) : DataQualityAreaTests(database), IClassFixture<PostgresTestDatabase>;
