namespace Transparency.Web.Domain.Fields;

/// <summary>
/// "Did you mean": the known name closest to a misspelt one (quater → quarter, ammount → amount), compared as
/// lower-case letters and digits only, within a small number of edits (one for short names, two from 6 letters,
/// three from 12). The returns' headers and the registry imports' columns both use it.
/// </summary>
public static class NearestName
{
    public static string? Find(string text, IEnumerable<string> names)
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return null;
        }

        var allowed = key.Length >= 12 ? 3 : key.Length >= 6 ? 2 : 1;
        return names
            .Select(n => (Name: n, Distance: Distance(key, Key(n))))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    private static string Key(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours.</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
