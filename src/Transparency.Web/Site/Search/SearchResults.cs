using Transparency.Web.Domain;

namespace Transparency.Web.Site.Search;

/// <summary>One thing found, as the results list shows it.</summary>
public sealed record SearchHit(SearchEntryKind Kind, string Title, string Url, string Summary);

/// <summary>
/// A page of results for a query: the hits, how many there are in all, and the words read as typos of indexed words
/// ("ormbrecott" → "ormbercott"), which the page says it searched for instead.
/// </summary>
public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize, IReadOnlyList<(string Typed, string Searched)> Corrections)
{
    public static SearchResults Empty(string query) => new(query, [], 0, 1, SiteSearch.PageSize, []);

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
