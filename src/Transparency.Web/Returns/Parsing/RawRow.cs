namespace Transparency.Web.Returns.Parsing;

/// <summary>One line of a section as read, before any checking: values by field name, as text.</summary>
public sealed record RawRow(int Number, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The trimmed value of a field, or null when it is absent or blank.</summary>
    public string? this[string field] => Values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value)
        ? value.Trim().Trim('\u00A0', '\u202F')
        : null;
}
