using System.Collections;
using Microsoft.AspNetCore.OData.Query.Wrapper;

namespace Transparency.Web.Api.Csv;

/// <summary>
/// Flattens what an OData query produced (entities, $select/$expand wrappers, or $apply groups) into rows
/// of named cells. Single-valued navigation properties become columns such as "Provider/Name"; expanded
/// collections do not fit one row and are left out, as the guide says.
/// </summary>
public static class CsvRows
{
    public static (List<string> Columns, List<Dictionary<string, object?>> Rows) From(IEnumerable items)
    {
        var columns = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var item in items)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            Flatten(item, string.Empty, row, depth: 0);
            foreach (var column in row.Keys.Where(known.Add))
            {
                columns.Add(column);
            }

            rows.Add(row);
        }

        return (columns, rows);
    }

    private static void Flatten(object? item, string prefix, Dictionary<string, object?> row, int depth)
    {
        foreach (var (name, value) in Properties(item))
        {
            var column = prefix + name;
            if (IsScalar(value))
            {
                row[column] = value;
            }
            else if (value is not IEnumerable && depth < ApiLimits.MaxExpansionDepth)
            {
                Flatten(value, column + "/", row, depth + 1);
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, object?>> Properties(object? item) => item switch
    {
        null => [],
        ISelectExpandWrapper wrapper => wrapper.ToDictionary()!,
        DynamicTypeWrapper group => group.Values!,
        _ => item.GetType().GetProperties()
            .Where(p => p.GetIndexParameters().Length == 0 && IsScalarType(p.PropertyType))
            .Select(p => new KeyValuePair<string, object?>(p.Name, p.GetValue(item))),
    };

    private static bool IsScalar(object? value) => value is null || IsScalarType(value.GetType());

    private static bool IsScalarType(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return inner.IsPrimitive || inner.IsEnum || inner == typeof(string) || inner == typeof(decimal) || inner == typeof(DateOnly)
            || inner == typeof(DateTime) || inner == typeof(DateTimeOffset) || inner == typeof(TimeOnly) || inner == typeof(Guid);
    }
}
