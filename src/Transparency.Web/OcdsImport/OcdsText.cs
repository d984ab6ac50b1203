using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Transparency.Web.Domain.Fields;

namespace Transparency.Web.OcdsImport;

/// <summary>Reading values from OCDS JSON that publishers fill loosely: HTML entities in text, numbers as strings, empty objects.</summary>
public static partial class OcdsText
{
    /// <summary>Decodes HTML entities (Contracts Finder writes &amp;amp; and &amp;#039;), drops control characters, collapses white space, NFC; null when empty.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value;
        for (var i = 0; i < 3; i++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text)
            {
                break;
            }

            text = decoded;
        }

        text = Spaces().Replace(CleanText.Strip(text), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    public static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static JsonElement? Child(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static IEnumerable<JsonElement> Array(JsonElement element, string property) =>
        Child(element, property) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static decimal? Number(JsonElement element, string property) =>
        Child(element, property) switch
        {
            { ValueKind: JsonValueKind.Number } number => number.TryGetDecimal(out var d) ? d : null,
            { ValueKind: JsonValueKind.String } text => decimal.TryParse(text.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null,
            _ => null,
        };

    public static bool? Flag(JsonElement element, string property) =>
        Child(element, property) switch
        {
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            _ => null,
        };

    /// <summary>The calendar date as the publisher wrote it (2020-04-01T00:00:00Z and 2016-01-01T00:00:00-06:00 keep their day).</summary>
    public static DateOnly? Date(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? DateOnly.FromDateTime(at.DateTime) : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
