using System.Text.Json;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Api;

/// <summary>/swagger describes each entity set once, with its query options and unique operation ids.</summary>
public abstract class OpenApiTests(ApiPortal portal)
{
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
            Assert.Equal(["$filter", "$select", "$expand", "$orderby", "$top", "$skip", "$count", "$search", "$apply", "$skiptoken", "$format"], parameters);
        }

        using var ui = await portal.Client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));
        Assert.True(ui.IsSuccessStatusCode);
        Assert.Equal(JsonValueKind.String, document.GetProperty("info").GetProperty("description").ValueKind);
    }
}

public sealed class SqliteOpenApiTests(SqliteApiPortal portal) : OpenApiTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresOpenApiTests(PostgresApiPortal portal) : OpenApiTests(portal), IClassFixture<PostgresApiPortal>;
