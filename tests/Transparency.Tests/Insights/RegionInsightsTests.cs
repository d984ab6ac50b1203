using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Insights.Regions;
using static Transparency.Tests.Insights.InsightsWorld;

namespace Transparency.Tests.Insights;

public abstract class RegionInsightsTests(TestDatabase database) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = database.CreateContext();
        if (await db.Contracts.AnyAsync())
        {
            return;
        }

        // Sustained jobs (higher is better) in three regions, two contracts in the North East; reoffending (lower
        // is better) in two regions. A cohort row and a superseded version must not count.
        var buyer = TestData.Organisation("GB-GOR-ZZ950", "Department R (test)", LegalForm.PublicBody);
        Contract Jobs(int n) => TestData.Contract(TestData.Organisation($"GB-COH-9950000{n}", $"Region Provider {n} Ltd"), buyer)
            .WithReference($"R{n}").WithKpi("K1", comparableMeasure: "SUSTAINED-JOB").WithKpi("K2", target: 25, direction: KpiDirection.LowerIsBetter, comparableMeasure: "REOFFENDING").Build();
        var contracts = Enumerable.Range(1, 4).Select(Jobs).ToList();
        db.AddRange(contracts);
        await db.SaveChangesAsync();

        (string Area, double Jobs, double? Reoffending)[] figures = [("E12000001", 20, 20), ("E12000001", 24, null), ("E12000002", 29, 30), ("E12000003", 35, null)];
        for (var i = 0; i < contracts.Count; i++)
        {
            var facts = new FactBuilder(Version(db, contracts[i].Provider!, Q1, Utc(2025, 7, 1, 9)), contracts[i])
                .Result("K1", figures[i].Jobs, KpiRating.Good, area: figures[i].Area)
                .Result("K1", 99, KpiRating.Good, "A cohort", area: figures[i].Area);
            if (figures[i].Reoffending is { } value)
            {
                facts.Result("K2", value, KpiRating.Good, area: figures[i].Area);
            }
        }

        var superseded = Version(db, contracts[3].Provider!, Q2, Utc(2025, 10, 1, 9), ReturnVersionStatus.Superseded);
        new FactBuilder(superseded, contracts[3]).Result("K1", 1, KpiRating.Inadequate, area: "E12000003");
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Variation_ThreeRegions_RagByThirdsOfTheRange()
    {
        await using var db = database.CreateContext();
        var query = new RegionInsights(db).Variation().Where(r => r.ComparableMeasure == "SUSTAINED-JOB");

        var rows = await query.OrderBy(r => r.AreaCode).ToListAsync();

        // Means: North East (20 + 24) / 2 = 22, North West 29, Yorkshire 35. Range 22 to 35, thirds at 26.33 and 30.67.
        Assert.Equal([("E12000001", 22.0, 2, RegionInsights.Red), ("E12000002", 29.0, 1, RegionInsights.Amber), ("E12000003", 35.0, 1, RegionInsights.Green)],
            rows.Select(r => (r.AreaCode, r.Average, r.Results, r.Rag)));
        Assert.All(rows, r => Assert.Equal((22.0, 35.0, Q1.Code), (r.LowestRegion, r.HighestRegion, r.QuarterCode)));
        Assert.Contains("AVG(", query.ToQueryString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Variation_LowerIsBetter_LowestRegionIsGreen()
    {
        await using var db = database.CreateContext();

        var rows = await new RegionInsights(db).Variation().Where(r => r.ComparableMeasure == "REOFFENDING").OrderBy(r => r.AreaCode).ToListAsync();

        Assert.Equal([("E12000001", RegionInsights.Green), ("E12000002", RegionInsights.Red)], rows.Select(r => (r.AreaCode, r.Rag)));
        Assert.All(rows, r => Assert.True(r.LowerIsBetter));
    }

    [Fact]
    public async Task Variation_OneQuarter_SameRowsAsFilteringEveryQuarter()
    {
        await using var db = database.CreateContext();
        var insights = new RegionInsights(db);

        var one = await insights.Variation(Q1.Code).OrderBy(r => r.ComparableMeasure).ThenBy(r => r.AreaCode).ToListAsync();
        var filtered = await insights.Variation().Where(r => r.QuarterCode == Q1.Code).OrderBy(r => r.ComparableMeasure).ThenBy(r => r.AreaCode).ToListAsync();
        var empty = await insights.Variation(Q2.Code).CountAsync();

        Assert.Equal(5, one.Count);
        Assert.Equal(
            filtered.Select(r => (r.ComparableMeasure, r.AreaCode, r.Average, r.LowestRegion, r.HighestRegion, r.Rag)),
            one.Select(r => (r.ComparableMeasure, r.AreaCode, r.Average, r.LowestRegion, r.HighestRegion, r.Rag)));
        Assert.Equal(0, empty);
    }
}

public sealed class SqliteRegionInsightsTests(SqliteTestDatabase database) : RegionInsightsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresRegionInsightsTests(PostgresTestDatabase database) : RegionInsightsTests(database), IClassFixture<PostgresTestDatabase>;
