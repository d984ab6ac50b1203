using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Insights;
using Transparency.Web.Insights.Outcomes;
using static Transparency.Tests.Insights.InsightsWorld;

namespace Transparency.Tests.Insights;

public abstract class OutcomeInsightsTests(TestDatabase database) : WorldTests(database)
{
    [Fact]
    public async Task KpiMixByCommissioner_OnWorld_CountsKinds()
    {
        await using var db = Database.CreateContext();
        var query = new OutcomeInsights(db).KpiMixByCommissioner();

        var rows = await query.ToListAsync();

        // Department A: C1 (input, output, outcome) and C4 (output). Council B: C2 (outcome, output) and C3 (outcome).
        Assert.Equal(2, rows.Count);
        var dept = rows.Single(r => r.Key == DepartmentA);
        var council = rows.Single(r => r.Key == CouncilB);
        Assert.Equal((4, 1, 2, 1), (dept.Kpis, dept.Inputs, dept.Outputs, dept.Outcomes));
        Assert.Equal(100.0 * 1 / 4, dept.OutcomeShare, 9);
        Assert.Equal(100.0 * 2 / 3, council.OutcomeShare, 9);
        Assert.Contains("GROUP BY", query.ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KpiMixBySectorAndContract_OnWorld_KeyedBySectorNameAndReference()
    {
        await using var db = Database.CreateContext();
        var insights = new OutcomeInsights(db);

        var sectors = await insights.KpiMixBySector().Where(r => r.Key == "SocialCare").ToListAsync();
        var contracts = await insights.KpiMixByContract().OrderBy(r => r.Key).Select(r => new { r.Key, r.Outcomes, r.Kpis }).ToListAsync();
        var providers = await insights.KpiMixByProvider().CountAsync();

        Assert.Equal(100.0 * 2 / 3, Assert.Single(sectors).OutcomeShare, 9);
        Assert.Equal([("C1", 1, 3), ("C2", 1, 2), ("C3", 1, 1), ("C4", 0, 1)], contracts.Select(c => (c.Key, c.Outcomes, c.Kpis)));
        Assert.Equal(4, providers);
    }

    [Fact]
    public async Task FundingMix_OnWorld_SharesOfPublishedFundingByPaymentType()
    {
        await using var db = Database.CreateContext();
        var insights = new OutcomeInsights(db);
        var query = insights.FundingMixOverall(InsightsPeriod.All);

        var overall = await query.SingleAsync();
        var alpha = await insights.FundingMixByProvider(InsightsPeriod.Of(Q2)).SingleAsync(r => r.Key == AlphaEmployment);
        var sectors = await insights.FundingMixBySector(InsightsPeriod.All).OrderBy(r => r.Key).Select(r => r.Key).ToListAsync();

        // Published: fees 6m + 6m + 5m pence, outcome payments 2m + 3m, grants 4m + 4m (not the superseded 3.5m,
        // the withdrawn 1m or the draft).
        Assert.Equal((17_000_000L, 5_000_000L, 8_000_000L, 30_000_000L), (overall.FeePence, overall.OutcomePaymentPence, overall.GrantPence, overall.GrossPence));
        Assert.Equal(100.0 * 5 / 30, overall.OutcomePaymentShare!.Value, 9);
        Assert.Equal(100.0 * 3 / 9, alpha.OutcomePaymentShare!.Value, 9);
        Assert.Equal(["Employment", "SocialCare"], sectors);
        Assert.Contains("SUM(", query.ToQueryString(), StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class SqliteOutcomeInsightsTests(SqliteTestDatabase database) : OutcomeInsightsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresOutcomeInsightsTests(PostgresTestDatabase database) : OutcomeInsightsTests(database), IClassFixture<PostgresTestDatabase>;
