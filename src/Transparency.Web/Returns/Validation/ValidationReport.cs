using System.Text.Json;

namespace Transparency.Web.Returns.Validation;

/// <summary>Everything found in one upload. Errors block publishing; warnings do not.</summary>
public sealed class ValidationReport
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public ValidationReport(IReadOnlyList<ValidationEntry> entries, IReadOnlyDictionary<string, int>? lineCounts = null, int? errorCount = null, int? warningCount = null)
    {
        Entries = entries;
        LineCounts = lineCounts ?? new Dictionary<string, int>();
        ErrorCount = errorCount ?? entries.Count(e => e.Severity == Severity.Error);
        WarningCount = warningCount ?? entries.Count(e => e.Severity == Severity.Warning);
    }

    public static ValidationReport Empty { get; } = new([]);

    /// <summary>Errors first, then warnings, each in the order they were found (file, then row).</summary>
    public IReadOnlyList<ValidationEntry> Entries { get; }

    /// <summary>Lines read per section, for "you uploaded 12 funding lines…".</summary>
    public IReadOnlyDictionary<string, int> LineCounts { get; }

    public IEnumerable<ValidationEntry> Errors => Entries.Where(e => e.Severity == Severity.Error);

    public IEnumerable<ValidationEntry> Warnings => Entries.Where(e => e.Severity == Severity.Warning);

    /// <summary>Every error found, including those a long report sums up in one entry ("There are 3,075 more problems like this").</summary>
    public int ErrorCount { get; }

    /// <summary>Every warning found, counted the same way.</summary>
    public int WarningCount { get; }

    public bool HasErrors => Entries.Any(e => e.Severity == Severity.Error);

    public string ToJson() => JsonSerializer.Serialize(new StoredReport(Entries, LineCounts, ErrorCount, WarningCount), JsonOptions);

    public static ValidationReport FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }

        var stored = JsonSerializer.Deserialize<StoredReport>(json, JsonOptions);
        return stored is null ? Empty : new ValidationReport(stored.Entries, stored.LineCounts, stored.ErrorCount, stored.WarningCount);
    }

    /// <summary>Reports stored before the counts were kept read back with the counts of their entries.</summary>
    private sealed record StoredReport(IReadOnlyList<ValidationEntry> Entries, IReadOnlyDictionary<string, int> LineCounts, int? ErrorCount = null, int? WarningCount = null);
}
