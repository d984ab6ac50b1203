using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Site.Search;

/// <summary>
/// Answers a search from the database, the same way on both engines: the query is folded like the index
/// (<see cref="SearchText"/>), each word matches as a prefix or, when no indexed word starts with it, as the nearest
/// indexed words (<see cref="EditDistance"/>), every word must match, and the engine's <see cref="ISearchIndex"/> ranks.
/// </summary>
public sealed class SiteSearch(TransparencyDbContext db)
{
    public const int PageSize = 20;

    /// <summary>Longer queries are cut: nobody types more, and each word costs a lookup.</summary>
    public const int MaxQueryLength = 200;

    public const int MaxWords = 8;

    /// <summary>Deep pages cost the database and nobody reads them; the results say to narrow the search instead.</summary>
    public const int MaxPage = 50;

    private const int MaxAlternatives = 3;

    public async Task<SearchResults> SearchAsync(string? query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var text = (query ?? string.Empty).Trim();
        text = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
        var typed = SearchText.Words(text).Take(MaxWords).ToList();
        if (typed.Count == 0)
        {
            return SearchResults.Empty(text);
        }

        ISearchIndex index = db.Database.IsNpgsql() ? new PostgresSearchIndex(db) : new SqliteSearchIndex(db);
        var words = new List<SearchWord>();
        foreach (var word in typed)
        {
            words.Add(await InterpretAsync(index, word, cancellationToken));
        }

        page = Math.Clamp(page, 1, MaxPage);
        var (rows, total) = await index.FindAsync(words, string.Join(' ', typed), (page - 1) * pageSize, pageSize, cancellationToken);
        var hits = rows.Select(r => new SearchHit(Enum.Parse<SearchEntryKind>(r.Kind), r.Title, r.Url, r.Summary)).ToList();
        return new SearchResults(text, hits, total, page, pageSize, words.Where(w => w.Corrected).Select(w => (w.Typed, w.Alternatives[0])).ToList());
    }

    private async Task<SearchWord> InterpretAsync(ISearchIndex index, string word, CancellationToken cancellationToken)
    {
        var allowed = EditDistance.Allowed(word);
        if (allowed == 0 || word.All(char.IsAsciiDigit) || await db.SearchTerms.AnyAsync(t => t.Term.StartsWith(word), cancellationToken))
        {
            return new SearchWord(word, [word], Prefix: word.Length > 1);
        }

        var candidates = (await index.SimilarTermsAsync(word, cancellationToken))
            .Select(t => (Term: t, Distance: EditDistance.Between(word, t, allowed)))
            .Where(t => t.Distance <= allowed)
            .ToList();

        // Only the nearest words count: "houseing" is one edit from "housing" and two from "horsing" and "hounding",
        // and a reader who made one slip wants the one word, not every word two edits away as well.
        var nearest = candidates.Count == 0 ? 0 : candidates.Min(t => t.Distance);
        var near = candidates.Where(t => t.Distance == nearest)
            .OrderBy(t => t.Term, StringComparer.Ordinal)
            .Take(MaxAlternatives).Select(t => t.Term).ToList();
        return near.Count == 0 ? new SearchWord(word, [word], Prefix: true) : new SearchWord(word, near, Prefix: false);
    }
}
