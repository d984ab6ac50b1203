using System.Diagnostics.CodeAnalysis;

namespace Transparency.Web.Site.Build;

/// <summary>
/// One instance of each distinct text a read returns on many rows (area codes, cohorts, measures). The database reader
/// makes a new string for every row: the national window's 2.5 million KPI results carried 2.5 million copies of
/// nine area codes, about 100 MB held for the whole build. A pool serves one query on one thread.
/// </summary>
public sealed class StringPool
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    [return: NotNullIfNotNull(nameof(text))]
    public string? Get(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!_texts.TryGetValue(text, out var pooled))
        {
            pooled = text;
            _texts.Add(text, pooled);
        }

        return pooled;
    }
}
