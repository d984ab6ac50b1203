using System.Text.Json;

namespace Transparency.Web.Api.Csv;

/// <summary>
/// Flattens the rows of an OData JSON answer into named cells: single-valued expansions become columns such as
/// "Provider/Name"; expanded collections do not fit one row and are left out, as the guide says; annotations
/// (<c>@odata.id</c>, <c>Kpis@odata.nextLink</c>) are not data.
/// </summary>
public static class CsvJsonRows
{
    public static Dictionary<string, JsonElement> Flatten(JsonElement row)
    {
        var cells = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        Flatten(row, string.Empty, cells, depth: 0);
        return cells;
    }

    /// <summary>
    /// The columns the model and query give, in their order, then any the JSON has beyond them. An expansion that is
    /// empty in a row (<c>"ParentGroup": null</c>) is its expected columns left blank, not a column of its own.
    /// </summary>
    public static List<string> Columns(List<string> expected, IEnumerable<Dictionary<string, JsonElement>> rows)
    {
        var seen = new HashSet<string>(expected, StringComparer.Ordinal);
        var extra = rows.SelectMany(r => r.Keys)
            .Where(k => !expected.Any(e => e.StartsWith(k + "/", StringComparison.Ordinal)))
            .Where(seen.Add);
        return [.. expected, .. extra];
    }

    private static void Flatten(JsonElement item, string prefix, Dictionary<string, JsonElement> cells, int depth)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object when depth < ApiLimits.MaxExpansionDepth:
                    Flatten(property.Value, prefix + property.Name + "/", cells, depth + 1);
                    break;
                case JsonValueKind.Object or JsonValueKind.Array:
                    break;
                default:
                    cells[prefix + property.Name] = property.Value;
                    break;
            }
        }
    }
}
