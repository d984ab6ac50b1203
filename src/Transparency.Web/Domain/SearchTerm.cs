namespace Transparency.Web.Domain;

/// <summary>
/// A word the search index holds, so that a mistyped word can be matched to the nearest real ones. Words are added as
/// entries are and cleared only by a full rebuild: a word left behind by a deleted entry finds nothing, which is
/// harmless.
/// </summary>
public class SearchTerm
{
    public required string Term { get; set; }
}
