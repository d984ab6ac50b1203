namespace Transparency.Web.Domain;

/// <summary>
/// One thing the site's search finds: a provider, parent group, commissioner, subcontractor, contract or KPI, with the
/// page that shows it. Kept by the search projection from the registry and the published record; the words it is
/// found by (<see cref="Terms"/>, <see cref="Detail"/>) are stored already folded (lower case, no accents, no
/// punctuation) so that SQLite's FTS5 and PostgreSQL's text search split them into the same words.
/// </summary>
public class SearchEntry
{
    public long Id { get; set; }

    public SearchEntryKind Kind { get; set; }

    /// <summary>The organisation, parent group, contract or KPI definition the entry describes.</summary>
    public int EntityId { get; set; }

    /// <summary>For contract and KPI entries, the contract: a change to it replaces both.</summary>
    public int? ContractId { get; set; }

    public required string Title { get; set; }

    /// <summary>The page that shows it, from <c>Site/Model/SiteUrls</c>.</summary>
    public required string Url { get; set; }

    /// <summary>One line shown under the title in the results.</summary>
    public required string Summary { get; set; }

    /// <summary>The folded title, for ranking a whole-name or start-of-name match first.</summary>
    public required string Name { get; set; }

    /// <summary>The folded name and identifiers: matches here rank above matches in <see cref="Detail"/>.</summary>
    public required string Terms { get; set; }

    /// <summary>The folded supporting words: parent group, sector, provider and commissioner names, descriptions.</summary>
    public required string Detail { get; set; }

    /// <summary>How much a match counts for this kind of entry (a provider above one of its KPIs).</summary>
    public double Weight { get; set; }
}
