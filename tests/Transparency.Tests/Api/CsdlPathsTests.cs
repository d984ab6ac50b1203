using System.Globalization;
using System.Text.Json;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Api;

/// <summary>
/// Reads every path the service's own CSDL implies, walking the model it publishes: each entity set and its
/// /$count, one entity by key, each of its properties and /$value, each navigation with /$count and /$ref, and each
/// function. None may answer HTML, a 5xx or a 404 for something the model says exists.
/// </summary>
public abstract class CsdlPathsTests(ApiPortal portal)
{
    [Fact]
    public async Task EveryPathTheModelImplies_AnswersWithoutHtmlOrServerError()
    {
        var model = await ReadModelAsync();
        var paths = new List<string>();
        foreach (var set in model.EntityContainer.EntitySets())
        {
            paths.Add($"/odata/{set.Name}?$top=1");
            paths.Add($"/odata/{set.Name}/$count");
            var first = (await portal.GetValuesAsync($"/odata/{set.Name}?$top=1")).FirstOrDefault();
            if (first.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var entity = $"/odata/{set.Name}({Key(set.EntityType, first)})";
            paths.Add(entity);
            foreach (var property in set.EntityType.StructuralProperties())
            {
                paths.Add($"{entity}/{property.Name}");
                paths.Add($"{entity}/{property.Name}/$value");
            }

            foreach (var navigation in set.EntityType.NavigationProperties())
            {
                paths.Add($"{entity}/{navigation.Name}");
                paths.Add($"{entity}/{navigation.Name}/$ref");
                if (navigation.Type.IsCollection())
                {
                    paths.Add($"{entity}/{navigation.Name}/$count");
                }
            }
        }

        foreach (var function in model.EntityContainer.OperationImports())
        {
            paths.Add($"/odata/{function.Name}(period='all')?$top=1");
        }

        Assert.True(paths.Count > 200, $"Only {paths.Count} paths");
        var failures = new List<string>();
        foreach (var path in paths)
        {
            using var response = await portal.Client.GetAsync(new Uri(path, UriKind.Relative));
            var type = response.Content.Headers.ContentType?.MediaType;
            var status = (int)response.StatusCode;
            if (type == "text/html" || status >= 500 || status == 404 || (status != 204 && !response.Headers.Contains("OData-Version")))
            {
                failures.Add($"{path}: {status} {type} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {paths.Count} paths failed:\n" + string.Join("\n", failures.Take(20)));
    }

    private static string Key(IEdmEntityType type, JsonElement entity)
    {
        var keys = type.Key().Select(k => (k.Name, Literal(k, entity.GetProperty(k.Name)))).ToList();
        return keys.Count == 1 ? keys[0].Item2 : string.Join(',', keys.Select(k => $"{k.Name}={k.Item2}"));
    }

    private static string Literal(IEdmStructuralProperty property, JsonElement value) =>
        property.Type.IsString() ? $"'{Uri.EscapeDataString(value.GetString()!.Replace("'", "''", StringComparison.Ordinal))}'"
        : value.ValueKind == JsonValueKind.Number ? value.GetRawText()
        : string.Format(CultureInfo.InvariantCulture, "{0}", value.GetString());

    private async Task<IEdmModel> ReadModelAsync()
    {
        await using var stream = await portal.Client.GetStreamAsync(new Uri("/odata/$metadata", UriKind.Relative));
        using var xml = XmlReader.Create(stream);
        return CsdlReader.Parse(xml);
    }
}

public sealed class SqliteCsdlPathsTests(SqliteApiPortal portal) : CsdlPathsTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresCsdlPathsTests(PostgresApiPortal portal) : CsdlPathsTests(portal), IClassFixture<PostgresApiPortal>;
