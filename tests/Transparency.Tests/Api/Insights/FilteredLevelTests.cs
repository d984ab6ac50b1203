using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Api.Insights;

/// <summary>
/// A filter that pins the level (or market) of a multi-level set builds only that level's query, and gives the
/// same rows as filtering the whole set; filters that do not pin one level still build every level.
/// </summary>
public abstract class FilteredLevelTests(InsightsApiPortal portal)
{
    [Theory]
    [InlineData("KpiMix", "Level", "provider")]
    [InlineData("RatingDistribution", "Level", "commissioner")]
    [InlineData("FundingMix", "Level", "sector")]
    [InlineData("FundingMixFor(period='2025-26')", "Level", "overall")]
    [InlineData("MarketShares", "Market", "commissioner")]
    [InlineData("Concentration", "Market", "sector")]
    [InlineData("ConcentrationFor(period='2025-26 Q1')", "Market", "overall")]
    public async Task Set_FilteredToOneLevel_BuildsOnlyThatLevelWithTheSameRows(string set, string property, string level)
    {
        var every = await portal.GetValuesAsync($"/odata/{set}");
        var expected = Rows(every.Where(r => r.GetProperty(property).GetString() == level));
        Assert.NotEmpty(expected);
        portal.Sql.Clear();

        var filtered = await portal.GetValuesAsync($"/odata/{set}?$filter={property} eq '{level}'");

        Assert.Equal(expected, Rows(filtered));
        Assert.DoesNotContain(portal.Sql, sql => sql.Contains("UNION ALL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Set_FilteredToTwoLevelsOrAnUnknownOne_GivesTheSameRowsAsTheWholeSet()
    {
        var every = await portal.GetValuesAsync("/odata/KpiMix");

        var either = await portal.GetValuesAsync("/odata/KpiMix?$filter=Level eq 'provider' or Level eq 'sector'");
        var unknown = await portal.GetValuesAsync("/odata/KpiMix?$filter=Level eq 'region'");

        Assert.Equal(Rows(every.Where(r => r.GetProperty("Level").GetString() is "provider" or "sector")), Rows(either));
        Assert.Contains(either, r => r.GetProperty("Level").GetString() == "sector");
        Assert.Empty(unknown);
    }

    private static List<string> Rows(IEnumerable<System.Text.Json.JsonElement> rows) => [.. rows.Select(r => r.GetRawText()).Order(StringComparer.Ordinal)];
}

public sealed class SqliteFilteredLevelTests(SqliteInsightsApiPortal portal) : FilteredLevelTests(portal), IClassFixture<SqliteInsightsApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresFilteredLevelTests(PostgresInsightsApiPortal portal) : FilteredLevelTests(portal), IClassFixture<PostgresInsightsApiPortal>;
