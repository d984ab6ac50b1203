using System.Globalization;
using System.Text.Json;
using Transparency.Web.Domain;

namespace Transparency.Tests.Api.Insights;

/// <summary>
/// Checks API rows against the insight service's rows, restating the API's documented conversions on the
/// service's side: pence to pounds (FundingPence becomes Funding), quarter codes to labels (QuarterCode
/// becomes Quarter), and percentages, shares, points and the HHI rounded half away from zero to 2 places.
/// </summary>
public static class SameAsService
{
    private static readonly string[] RoundedSuffixes = ["Share", "Percent", "Points", "Score", "Hhi"];

    public static void AssertRows<T>(IReadOnlyCollection<T> service, IReadOnlyCollection<JsonElement> api, params string[] keys)
    {
        Assert.NotEmpty(service);
        Assert.Equal(service.Count, api.Count);
        var byKey = api.ToDictionary(row => Key(keys, name => Text(row.GetProperty(name))));
        foreach (var row in service)
        {
            var expected = Presented(row!);
            var key = Key(keys, name => Text(expected[name]));
            Assert.True(byKey.TryGetValue(key, out var actual), $"The API has no row {key}.");
            foreach (var (name, value) in expected)
            {
                AssertCell(value, actual.GetProperty(name), $"{key} {name}");
            }
        }
    }

    private static Dictionary<string, object?> Presented(object row)
    {
        var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in row.GetType().GetProperties())
        {
            var (name, value) = (property.Name, property.GetValue(row));
            if (name == "QuarterCode")
            {
                cells["Quarter"] = Quarter.FromCode((int)value!).ToString();
            }
            else if (name.EndsWith("Pence", StringComparison.Ordinal))
            {
                cells[name[..^"Pence".Length]] = (long)value! / 100m;
            }
            else if (value is double number && RoundedSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)))
            {
                cells[name] = (decimal)Math.Round(number, 2, MidpointRounding.AwayFromZero);
            }
            else
            {
                cells[name] = value;
            }
        }

        return cells;
    }

    private static void AssertCell(object? expected, JsonElement actual, string where)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual.ValueKind == JsonValueKind.Null, $"{where}: expected empty, got {actual}");
                break;
            case decimal exact:
                Assert.True(exact == actual.GetDecimal(), $"{where}: expected {exact}, got {actual}");
                break;
            case double number:
                Assert.True(number.Equals(actual.GetDouble()), $"{where}: expected {number:R}, got {actual}");
                break;
            case int or long:
                Assert.True(Convert.ToInt64(expected, CultureInfo.InvariantCulture) == actual.GetInt64(), $"{where}: expected {expected}, got {actual}");
                break;
            case bool flag:
                Assert.True(flag == actual.GetBoolean(), $"{where}: expected {flag}, got {actual}");
                break;
            case DateOnly date:
                Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), actual.GetString());
                break;
            case DateTime time:
                Assert.Equal(time, actual.GetDateTimeOffset().UtcDateTime);
                break;
            default:
                Assert.Equal(Convert.ToString(expected, CultureInfo.InvariantCulture), actual.GetString());
                break;
        }
    }

    private static string Key(string[] keys, Func<string, string> value) => string.Join(" | ", keys.Select(value));

    private static string Text(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.String } text => text.GetString()!,
        JsonElement other => other.GetRawText(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
