namespace Transparency.Web.Site.Search;

/// <summary>
/// The optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbouring letters
/// each count one, so "ormbrecott" is one edit from "ormbercott". Small typos are what it is for; it gives up early
/// once the distance is past <c>limit</c>.
/// </summary>
public static class EditDistance
{
    /// <summary>The largest distance a word may be from an indexed word to be read as a typo of it.</summary>
    public static int Allowed(string word) => word.Length switch
    {
        < 4 => 0,
        < 7 => 1,
        _ => 2,
    };

    public static int Between(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                best = Math.Min(best, value);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
