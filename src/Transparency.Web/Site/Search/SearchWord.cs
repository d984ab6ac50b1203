namespace Transparency.Web.Site.Search;

/// <summary>
/// One word of a query and what it matches: itself as a prefix (search-as-you-type, "ormb" finds "Ormbercott"), or,
/// when no indexed word starts with it, the indexed words within a small edit distance.
/// </summary>
public sealed record SearchWord(string Typed, IReadOnlyList<string> Alternatives, bool Prefix)
{
    public bool Corrected => !Prefix && Alternatives.Count > 0 && Alternatives[0] != Typed;

    /// <summary>FTS5 query syntax: <c>("ormb"*)</c> or <c>("ormbercott" OR "ormbercot")</c>. Words are folded to letters and digits, so quoting is safe.</summary>
    public string Fts5 => "(" + string.Join(" OR ", Alternatives.Select(a => "\"" + a + "\"" + (Prefix ? "*" : string.Empty))) + ")";

    /// <summary>tsquery syntax: <c>(ormb:*)</c> or <c>(ormbercott | ormbercot)</c>.</summary>
    public string TsQuery => "(" + string.Join(" | ", Alternatives.Select(a => a + (Prefix ? ":*" : string.Empty))) + ")";
}
