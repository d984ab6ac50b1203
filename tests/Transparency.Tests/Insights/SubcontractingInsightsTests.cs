using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Insights;
using Transparency.Web.Insights.Subcontracting;
using static Transparency.Tests.Insights.InsightsWorld;

namespace Transparency.Tests.Insights;

public abstract class SubcontractingInsightsTests(TestDatabase database) : WorldTests(database)
{
    [Fact]
    public async Task Providers_OnWorld_SharesPassedToSubcontractorsSmesAndVcses()
    {
        await using var db = Database.CreateContext();
        var query = new SubcontractingInsights(db).Providers(InsightsPeriod.All);

        var rows = await query.OrderBy(r => r.ProviderName).ToListAsync();

        // Alpha Employment: 17m funding; paid Small Advice Centre 0.8m and Beta Trust 1.2m (both SME and VCSE),
        // Delta Services 1.0m. Beta Trust: 8m funding, paid Small Advice Centre 0.4m. Gamma's only version was withdrawn.
        Assert.Equal(["Alpha Care Ltd", "Alpha Employment Ltd", "Beta Trust"], rows.Select(r => r.ProviderName));
        var alpha = rows[1];
        Assert.Equal((17_000_000L, 3_000_000L, 2_000_000L, 2_000_000L, 3), (alpha.FundingPence, alpha.SubcontractedPence, alpha.SmePence, alpha.VcsePence, alpha.Subcontractors));
        Assert.Equal(100.0 * 3 / 17, alpha.SubcontractedShare!.Value, 9);
        Assert.Equal(100.0 * 2 / 3, alpha.SmeShare!.Value, 9);
        Assert.Equal(100.0 * 0.4 / 8, rows[2].SubcontractedShare!.Value, 9);
        Assert.Equal((0.0, null), (rows[0].SubcontractedShare!.Value, rows[0].SmeShare));
        Assert.Contains("SUM(", query.ToQueryString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Chains_OnWorld_SubcontractorThatIsAProviderAndSubcontracts()
    {
        await using var db = Database.CreateContext();

        var chains = await new SubcontractingInsights(db).Chains(InsightsPeriod.All).ToListAsync();

        var chain = Assert.Single(chains);
        Assert.Equal(("Alpha Employment Ltd", "Beta Trust", 1_200_000L, true, true),
            (chain.ProviderName, chain.SubcontractorName, chain.PaidPence, chain.SubcontractorIsProvider, chain.SubcontractorSubcontracts));
    }
}

public sealed class SqliteSubcontractingInsightsTests(SqliteTestDatabase database) : SubcontractingInsightsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresSubcontractingInsightsTests(PostgresTestDatabase database) : SubcontractingInsightsTests(database), IClassFixture<PostgresTestDatabase>;
