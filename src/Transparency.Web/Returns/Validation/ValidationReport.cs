using System.Text.Json;

namespace Transparency.Web.Returns.Validation;

/// <summary>Everything found in one upload. Errors block publishing; warnings do not.</summary>
public sealed class ValidationReport
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public ValidationReport(IReadOnlyList<ValidationEntry> entries, IReadOnlyDictionary<string, int>? lineCounts = null)
    {
        Entries = entries;
        LineCounts = lineCounts ?? new Dictionary<string, int>();
    }

    public static ValidationReport Empty { get; } = new([]);

    /// <summary>Errors first, then warnings, each in the order they were found (file, then row).</summary>
    public IReadOnlyList<ValidationEntry> Entries { get; }

    /// <summary>Lines read per section, for "you uploaded 12 funding lines…".</summary>
    public IReadOnlyDictionary<string, int> LineCounts { get; }

    public IEnumerable<ValidationEntry> Errors => Entries.Where(e => e.Severity == Severity.Error);

    public IEnumerable<ValidationEntry> Warnings => Entries.Where(e => e.Severity == Severity.Warning);

    public int ErrorCount => Entries.Count(e => e.Severity == Severity.Error);

    public int WarningCount => Entries.Count(e => e.Severity == Severity.Warning);

    public bool HasErrors => Entries.Any(e => e.Severity == Severity.Error);

    public string ToJson() => JsonSerializer.Serialize(new StoredReport(Entries, LineCounts), JsonOptions);

    public static ValidationReport FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }

        var stored = JsonSerializer.Deserialize<StoredReport>(json, JsonOptions);
        return stored is null ? Empty : new ValidationReport(stored.Entries, stored.LineCounts);
    }

    private sealed record StoredReport(IReadOnlyList<ValidationEntry> Entries, IReadOnlyDictionary<string, int> LineCounts);
}
