using System.Globalization;

namespace Transparency.Web.Returns.Validation;

/// <summary>
/// Collects entries while an upload is read and checked. A mistake repeated on every line (a wrong quarter
/// on 10,000 rows) is listed a limited number of times, then summed up in one entry, so a report stays readable.
/// </summary>
public sealed class ReportBuilder(int maxPerRule = 25, int maxEntries = 1000)
{
    private readonly List<ValidationEntry> _entries = [];
    private readonly Dictionary<(string Code, string? Source), (ValidationEntry First, int Hidden)> _hidden = [];
    private readonly Dictionary<(string Code, string? Source), int> _perRule = [];

    public bool HasErrors { get; private set; }

    private int _errors;
    private int _warnings;

    /// <summary>Every error reported so far, listed or not.</summary>
    public int ErrorCount => _errors;

    public void Error(string code, string message, SourcePlace? place = null, int? row = null, string? column = null, string? value = null) =>
        Add(Severity.Error, code, message, place, row, column, value);

    public void Warning(string code, string message, SourcePlace? place = null, int? row = null, string? column = null, string? value = null) =>
        Add(Severity.Warning, code, message, place, row, column, value);

    public void Add(Severity severity, string code, string message, SourcePlace? place, int? row, string? column, string? value)
    {
        var entry = new ValidationEntry
        {
            Severity = severity,
            Code = code,
            Message = message,
            Source = place?.Source,
            Section = place?.Section,
            Row = row,
            Column = column,
            Value = value is { Length: > 100 } ? value[..97] + "..." : value,
            Location = place is null ? null : row is null ? (column is null ? $"'{place.Source}'" : place.HeaderWhere) : place.Where(row.Value),
        };
        HasErrors |= severity == Severity.Error;
        _errors += severity == Severity.Error ? 1 : 0;
        _warnings += severity == Severity.Warning ? 1 : 0;

        var key = (code, place?.Source);
        var count = _perRule.GetValueOrDefault(key) + 1;
        _perRule[key] = count;
        if (count > maxPerRule || _entries.Count >= maxEntries)
        {
            var hidden = _hidden.GetValueOrDefault(key, (entry, 0));
            _hidden[key] = (hidden.Item1, hidden.Item2 + 1);
            return;
        }

        _entries.Add(entry);
    }

    public ValidationReport Build(IReadOnlyDictionary<string, int>? lineCounts = null)
    {
        var all = new List<ValidationEntry>(_entries);
        foreach (var (key, (first, hidden)) in _hidden)
        {
            var where = key.Source is null ? "the upload" : $"'{key.Source}'";
            all.Add(first with
            {
                Message = $"There {(hidden == 1 ? "is 1 more problem" : $"are {hidden.ToString("N0", CultureInfo.InvariantCulture)} more problems")} like this in {where} ({key.Code}). " +
                    "Fix the ones listed and upload again to see the rest.",
                Row = null,
                Column = null,
                Value = null,
                Location = where,
            });
        }

        // Errors first: they are what stops publishing. The sort is stable, so file and row order is kept.
        return new ValidationReport(all.OrderBy(e => e.Severity).ToList(), lineCounts, _errors, _warnings);
    }
}
