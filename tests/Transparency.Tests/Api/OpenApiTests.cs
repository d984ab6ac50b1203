using System.Text.Json;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Api;

/// <summary>/swagger describes each entity set and function once, with the query options it accepts and unique operation ids.</summary>
public abstract class OpenApiTests(ApiPortal portal)
{
    private static readonly string[] InsightSets =
    [
        "TimelinessByQuarter", "TimelinessByProvider", "ReturnTimeliness", "DataQuality", "KpiMix", "FundingMix", "RatingDistribution",
        "PersistentUnderperformance", "YearOnYear", "MarketShares", "Concentration", "GroupReach", "Subcontracting", "SubcontractingChains",
        "CohortGaps", "RegionalVariation", "PerformanceNoticeCoverage",
    ];

    private static readonly string[] InsightOptions = ["$filter", "$select", "$orderby", "$top", "$skip", "$count", "$skiptoken", "$format"];

    [Fact]
    public async Task Document_DescribesEachSetOnce_WithQueryOptions()
    {
        var document = await portal.GetJsonAsync("/swagger/v1/swagger.json");
        var paths = document.GetProperty("paths").EnumerateObject().ToList();
        var operations = paths.SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Operation: o.Value))).ToList();

        Assert.Contains(paths, p => p.Name == "/odata/Funding");
        Assert.Contains(paths, p => p.Name == "/odata/Funding({key})");
        Assert.DoesNotContain(paths, p => p.Name.Contains("$count", StringComparison.Ordinal) || p.Name.Contains("/{key}", StringComparison.Ordinal) || p.Name.Contains("$metadata", StringComparison.Ordinal));
        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var (path, operation) in operations.Where(o => o.Path.StartsWith("/odata/", StringComparison.Ordinal) && !o.Path.EndsWith(')')))
        {
            var parameters = operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.Equal(
                InsightSets.Contains(path[7..]) ? InsightOptions : ["$filter", "$select", "$expand", "$orderby", "$top", "$skip", "$count", "$search", "$compute", "$apply", "$skiptoken", "$format"],
                parameters);
        }

        // The period functions: the period as a path parameter, then the options the insight sets accept.
        var function = Assert.Single(operations, o => o.Path == "/odata/FundingMixFor(period={period})").Operation;
        var functionParameters = function.GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(["period", .. InsightOptions], functionParameters.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("path", functionParameters[0].GetProperty("in").GetString());
        Assert.Equal(6, paths.Count(p => p.Name.EndsWith("For(period={period})", StringComparison.Ordinal)));
        Assert.All(InsightSets, set => Assert.Contains(paths, p => p.Name == "/odata/" + set));

        using var ui = await portal.Client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));
        Assert.True(ui.IsSuccessStatusCode);
        Assert.Equal(JsonValueKind.String, document.GetProperty("info").GetProperty("description").ValueKind);
    }
}

public sealed class SqliteOpenApiTests(SqliteApiPortal portal) : OpenApiTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresOpenApiTests(PostgresApiPortal portal) : OpenApiTests(portal), IClassFixture<PostgresApiPortal>;
