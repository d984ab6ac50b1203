using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Insights;
using Transparency.Web.Insights.Concentration;
using static Transparency.Tests.Insights.InsightsWorld;

namespace Transparency.Tests.Insights;

public abstract class ConcentrationInsightsTests(TestDatabase database) : WorldTests(database)
{
    [Fact]
    public async Task Overall_OnWorld_HhiFromGroupShares()
    {
        await using var db = Database.CreateContext();
        var query = new ConcentrationInsights(db).Overall(InsightsPeriod.All);

        var row = await query.SingleAsync();

        // Alpha Group (Alpha Employment 17m + Alpha Care 5m pence) and Beta Trust (8m, no parent group) of 30m.
        var alpha = 100.0 * 22 / 30;
        var beta = 100.0 * 8 / 30;
        Assert.Equal(30_000_000L, row.FundingPence);
        Assert.Equal(2, row.Groups);
        Assert.Equal(alpha * alpha + beta * beta, row.Hhi, 6);
        Assert.Equal(100.0, row.TopFiveSharePercent, 9);
        Assert.Equal(ConcentrationBands.High, row.Band);
        Assert.Contains("SUM(", query.ToQueryString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BySectorAndCommissioner_OnWorld_OneRowPerMarket()
    {
        await using var db = Database.CreateContext();
        var insights = new ConcentrationInsights(db);

        var sectors = await insights.BySector(InsightsPeriod.All).OrderBy(r => r.MarketKey).ToListAsync();
        var council = await insights.ByCommissioner(InsightsPeriod.All).SingleAsync(r => r.MarketKey == CouncilB);

        Assert.Equal(["Employment", "SocialCare"], sectors.Select(s => s.MarketKey));
        Assert.Equal(10_000.0, sectors[0].Hhi, 6);
        var care = 100.0 * 5 / 13;
        var trust = 100.0 * 8 / 13;
        Assert.Equal(care * care + trust * trust, sectors[1].Hhi, 6);
        Assert.Equal(sectors[1].Hhi, council.Hhi, 6);
        Assert.Equal("Council B (test)", council.MarketName);
    }

    [Fact]
    public async Task Shares_OnWorld_GroupWithoutParentIsItsOwnGroup()
    {
        await using var db = Database.CreateContext();

        var shares = await new ConcentrationInsights(db).SharesOverall(InsightsPeriod.All).OrderByDescending(s => s.SharePercent).ToListAsync();

        Assert.Equal(["Alpha Group", "Beta Trust"], shares.Select(s => s.GroupName));
        Assert.Equal(BetaTrust, shares[1].GroupKey);
        Assert.StartsWith("group-", shares[0].GroupKey, StringComparison.Ordinal);
        Assert.Equal(100.0 * 22 / 30, shares[0].SharePercent, 9);
        Assert.Equal(30_000_000L, shares[1].MarketFundingPence);
    }

    [Fact]
    public async Task GroupReach_OnWorld_CountsCommissionersAndSectors()
    {
        await using var db = Database.CreateContext();

        var reach = await new ConcentrationInsights(db).GroupReach(InsightsPeriod.All).OrderByDescending(r => r.Commissioners).ToListAsync();

        Assert.Equal([("Alpha Group", 2, 2, 2, 2, 22_000_000L), ("Beta Trust", 1, 1, 1, 1, 8_000_000L)],
            reach.Select(r => (r.GroupName, r.Providers, r.Contracts, r.Commissioners, r.Sectors, r.FundingPence)));
    }

    [Fact]
    public async Task Overall_OneQuarter_OnlyThatQuartersFunding()
    {
        await using var db = Database.CreateContext();

        var row = await new ConcentrationInsights(db).Overall(InsightsPeriod.Of(Q2)).SingleAsync();

        // Q2: Alpha Employment 9m, Beta Trust 4m.
        var alpha = 100.0 * 9 / 13;
        var beta = 100.0 * 4 / 13;
        Assert.Equal(alpha * alpha + beta * beta, row.Hhi, 6);
    }
}

public sealed class SqliteConcentrationInsightsTests(SqliteTestDatabase database) : ConcentrationInsightsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresConcentrationInsightsTests(PostgresTestDatabase database) : ConcentrationInsightsTests(database), IClassFixture<PostgresTestDatabase>;
