using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Insights;
using Transparency.Web.Insights.Cohorts;
using Transparency.Web.Insights.Concentration;
using Transparency.Web.Insights.DataQuality;
using Transparency.Web.Insights.Outcomes;
using Transparency.Web.Insights.Performance;
using Transparency.Web.Insights.Regions;
using Transparency.Web.Insights.Subcontracting;
using Transparency.Web.Insights.Timeliness;
using static Transparency.Tests.Api.Insights.SameAsService;
using static Transparency.Tests.Insights.InsightsWorld;

namespace Transparency.Tests.Api.Insights;

/// <summary>Each insight set and function returns exactly the rows of its insight service, on the insight tests' world.</summary>
public abstract class InsightsApiTests(InsightsApiPortal portal)
{
    [Fact]
    public async Task Timeliness_ThreeSets_MatchTheService()
    {
        await using var scope = portal.Scope();
        var service = scope.ServiceProvider.GetRequiredService<TimelinessInsights>();
        var schedule = await service.ScheduleAsync(AsOf);

        AssertRows(await service.Quarters(schedule).ToListAsync(), await portal.GetValuesAsync("/odata/TimelinessByQuarter"), "Quarter");
        AssertRows(await service.Providers(schedule).ToListAsync(), await portal.GetValuesAsync("/odata/TimelinessByProvider"), "ProviderId");
        AssertRows(await service.Returns(schedule).ToListAsync(), await portal.GetValuesAsync("/odata/ReturnTimeliness"), "ProviderId", "Quarter");
    }

    [Fact]
    public async Task DataQuality_MatchesTheService()
    {
        await using var scope = portal.Scope();
        var schedule = await scope.ServiceProvider.GetRequiredService<TimelinessInsights>().ScheduleAsync(AsOf);
        var expected = await scope.ServiceProvider.GetRequiredService<DataQualityInsights>().Versions(schedule).ToListAsync();

        AssertRows(expected, await portal.GetValuesAsync("/odata/DataQuality"), "ReturnVersionId");
    }

    [Theory]
    [InlineData("contract")]
    [InlineData("provider")]
    [InlineData("commissioner")]
    [InlineData("sector")]
    public async Task KpiMix_EachLevel_MatchesTheService(string level)
    {
        await using var scope = portal.Scope();
        var service = scope.ServiceProvider.GetRequiredService<OutcomeInsights>();
        var expected = level switch
        {
            "contract" => service.KpiMixByContract(),
            "provider" => service.KpiMixByProvider(),
            "commissioner" => service.KpiMixByCommissioner(),
            _ => service.KpiMixBySector(),
        };

        AssertRows(await expected.ToListAsync(), await portal.GetValuesAsync($"/odata/KpiMix?$filter=Level eq '{level}'"), "Key");
    }

    [Theory]
    [InlineData("contract", "all")]
    [InlineData("provider", "2025-26 Q1")]
    [InlineData("commissioner", "2025-26")]
    [InlineData("sector", "2025-26 Q2")]
    [InlineData("overall", "all")]
    public async Task FundingMix_EachLevelAndPeriod_MatchesTheService(string level, string period)
    {
        await using var scope = portal.Scope();
        var service = scope.ServiceProvider.GetRequiredService<OutcomeInsights>();
        var range = Period(period);
        var expected = level switch
        {
            "contract" => service.FundingMixByContract(range),
            "provider" => service.FundingMixByProvider(range),
            "commissioner" => service.FundingMixByCommissioner(range),
            "sector" => service.FundingMixBySector(range),
            _ => service.FundingMixOverall(range),
        };

        AssertRows(await expected.ToListAsync(), await portal.GetValuesAsync($"/odata/FundingMixFor(period='{period}')?$filter=Level eq '{level}'"), "Key");
        if (period == "all")
        {
            AssertRows(await expected.ToListAsync(), await portal.GetValuesAsync($"/odata/FundingMix?$filter=Level eq '{level}'"), "Key");
        }
    }

    [Theory]
    [InlineData("contract")]
    [InlineData("provider")]
    [InlineData("commissioner")]
    [InlineData("overall")]
    public async Task RatingDistribution_EachLevel_MatchesTheService(string level)
    {
        await using var scope = portal.Scope();
        var service = scope.ServiceProvider.GetRequiredService<PerformanceInsights>();
        var expected = level switch
        {
            "contract" => service.ByContract(),
            "provider" => service.ByProvider(),
            "commissioner" => service.ByCommissioner(),
            _ => service.ByQuarter(),
        };

        AssertRows(await expected.ToListAsync(), await portal.GetValuesAsync($"/odata/RatingDistribution?$filter=Level eq '{level}'"), "Key", "Quarter");
    }

    [Fact]
    public async Task PerformanceCohortsAndRegions_MatchTheServices()
    {
        await using var scope = portal.Scope();
        var performance = scope.ServiceProvider.GetRequiredService<PerformanceInsights>();

        AssertRows(await performance.YearOnYear().ToListAsync(), await portal.GetValuesAsync("/odata/YearOnYear"), "KpiDefinitionId", "Quarter");
        AssertRows(await performance.PersistentUnderperformance().ToListAsync(), await portal.GetValuesAsync("/odata/PersistentUnderperformance"), "KpiDefinitionId", "Quarter");
        AssertRows(await scope.ServiceProvider.GetRequiredService<CohortInsights>().Gaps().ToListAsync(), await portal.GetValuesAsync("/odata/CohortGaps"), "KpiDefinitionId", "Quarter");
        AssertRows(await scope.ServiceProvider.GetRequiredService<RegionInsights>().Variation().ToListAsync(), await portal.GetValuesAsync("/odata/RegionalVariation"), "ComparableMeasure", "AreaCode", "Quarter");
    }

    [Fact]
    public async Task RegionalVariation_FilteredToOneQuarter_IsComputedForThatQuarterWithTheSameRows()
    {
        await using var scope = portal.Scope();
        var everyQuarter = await scope.ServiceProvider.GetRequiredService<RegionInsights>().Variation().ToListAsync();
        var quarter = everyQuarter.Max(r => r.QuarterCode);
        var label = Transparency.Web.Domain.Quarter.FromCode(quarter).ToString();
        portal.Sql.Clear();

        var rows = await portal.GetValuesAsync($"/odata/RegionalVariation?$filter=Quarter eq '{label}' and Results gt 0");

        AssertRows([.. everyQuarter.Where(r => r.QuarterCode == quarter)], rows, "ComparableMeasure", "AreaCode", "Quarter");
        var sql = Assert.Single(portal.Sql, s => s.Contains("\"ComparableMeasure\"", StringComparison.Ordinal));
        Assert.Contains("\"QuarterCode\" = @", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RatingDistribution")]
    [InlineData("PersistentUnderperformance")]
    [InlineData("YearOnYear")]
    [InlineData("DataQuality")]
    [InlineData("TimelinessByQuarter")]
    [InlineData("ReturnTimeliness")]
    public async Task QuarterSets_FilteredToOneQuarter_GiveTheSameRowsOnTheQuarterCode(string set)
    {
        var every = await portal.GetValuesAsync($"/odata/{set}");
        Assert.NotEmpty(every);
        var label = every.Select(r => r.GetProperty("Quarter").GetString()!).Max(StringComparer.Ordinal)!;
        portal.Sql.Clear();

        var filtered = await portal.GetValuesAsync($"/odata/{set}?$filter=Quarter eq '{label}'");

        Assert.Equal(
            every.Where(r => r.GetProperty("Quarter").GetString() == label).Select(r => r.GetRawText()).Order(StringComparer.Ordinal),
            filtered.Select(r => r.GetRawText()).Order(StringComparer.Ordinal));
        // FilteredQuarter.Narrow compares the rows' integer quarter code with its parameter, named after its variable.
        Assert.True(portal.Sql.Any(sql => sql.Contains(" = @code", StringComparison.Ordinal)), string.Join("\n", portal.Sql));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("2025-26 Q1")]
    [InlineData("2025-26")]
    public async Task ConcentrationSets_ForEachPeriod_MatchTheService(string period)
    {
        await using var scope = portal.Scope();
        var service = scope.ServiceProvider.GetRequiredService<ConcentrationInsights>();
        var range = Period(period);

        AssertRows(await service.Overall(range).ToListAsync(), await portal.GetValuesAsync($"/odata/ConcentrationFor(period='{period}')?$filter=Market eq 'overall'"), "MarketKey");
        AssertRows(await service.BySector(range).ToListAsync(), await portal.GetValuesAsync($"/odata/ConcentrationFor(period='{period}')?$filter=Market eq 'sector'"), "MarketKey");
        AssertRows(await service.ByCommissioner(range).ToListAsync(), await portal.GetValuesAsync($"/odata/ConcentrationFor(period='{period}')?$filter=Market eq 'commissioner'"), "MarketKey");
        AssertRows(await service.SharesOverall(range).ToListAsync(), await portal.GetValuesAsync($"/odata/MarketSharesFor(period='{period}')?$filter=Market eq 'overall'"), "MarketKey", "GroupKey");
        AssertRows(await service.SharesBySector(range).ToListAsync(), await portal.GetValuesAsync($"/odata/MarketSharesFor(period='{period}')?$filter=Market eq 'sector'"), "MarketKey", "GroupKey");
        AssertRows(await service.SharesByCommissioner(range).ToListAsync(), await portal.GetValuesAsync($"/odata/MarketSharesFor(period='{period}')?$filter=Market eq 'commissioner'"), "MarketKey", "GroupKey");
        AssertRows(await service.GroupReach(range).ToListAsync(), await portal.GetValuesAsync($"/odata/GroupReachFor(period='{period}')"), "GroupKey");
    }

    [Theory]
    [InlineData("all")]
    [InlineData("2025-26 Q1")]
    public async Task SubcontractingSets_ForEachPeriod_MatchTheService(string period)
    {
        await using var scope = portal.Scope();
        var service = scope.ServiceProvider.GetRequiredService<SubcontractingInsights>();
        var range = Period(period);

        AssertRows(await service.Providers(range).ToListAsync(), await portal.GetValuesAsync($"/odata/SubcontractingFor(period='{period}')"), "ProviderId");
        AssertRows(await service.Chains(range).ToListAsync(), await portal.GetValuesAsync($"/odata/SubcontractingChainsFor(period='{period}')"), "ProviderId", "SubcontractorId");
        if (period == "all")
        {
            AssertRows(await service.Providers(range).ToListAsync(), await portal.GetValuesAsync("/odata/Subcontracting"), "ProviderId");
            AssertRows(await service.Chains(range).ToListAsync(), await portal.GetValuesAsync("/odata/SubcontractingChains"), "ProviderId", "SubcontractorId");
            AssertRows(await scope.ServiceProvider.GetRequiredService<ConcentrationInsights>().GroupReach(range).ToListAsync(), await portal.GetValuesAsync("/odata/GroupReach"), "GroupKey");
        }
    }

    private static InsightsPeriod Period(string period) => period switch
    {
        "all" => InsightsPeriod.All,
        "2025-26" => InsightsPeriod.FinancialYear(2025),
        _ => InsightsPeriod.Of(Web.Domain.Quarter.Parse(period)),
    };
}

public sealed class SqliteInsightsApiTests(SqliteInsightsApiPortal portal) : InsightsApiTests(portal), IClassFixture<SqliteInsightsApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresInsightsApiTests(PostgresInsightsApiPortal portal) : InsightsApiTests(portal), IClassFixture<PostgresInsightsApiPortal>;
