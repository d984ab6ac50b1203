using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;

namespace Transparency.Web.Site.Search;

/// <summary>
/// PostgreSQL: the generated <c>"Document"</c> tsvector (the name words weighted A, the detail B; 'simple'
/// configuration, as the words are folded already) with a GIN index, ranked by ts_rank; typos are matched by pg_trgm
/// similarity over <c>"SearchTerms"</c> with its trigram index (see the <c>Issue18SiteSearch</c> migration).
/// </summary>
public sealed class PostgresSearchIndex(TransparencyDbContext db) : ISearchIndex
{
    /// <summary>
    /// pg_trgm's default threshold (0.3) misses one wrong letter in a four-letter word ("kint" and "kent" share 2 of
    /// 8 trigrams); the edit distance the caller checks is the real test, so the trigram filter may be generous.
    /// </summary>
    private const string SimilarityThreshold = "0.2";

    public async Task<IReadOnlyList<string>> SimilarTermsAsync(string word, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT set_config('pg_trgm.similarity_threshold', {SimilarityThreshold}, true)", cancellationToken);
        var terms = await db.Database.SqlQuery<string>($"""
            SELECT "Term" AS "Value" FROM "SearchTerms" WHERE "Term" % {word}
            ORDER BY similarity("Term", {word}) DESC, "Term" LIMIT 50
            """).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return terms;
    }

    public async Task<(IReadOnlyList<SearchRow> Rows, int Total)> FindAsync(IReadOnlyList<SearchWord> words, string phrase, int skip, int take, CancellationToken cancellationToken)
    {
        var match = string.Join(" & ", words.Select(w => w.TsQuery));
        var total = await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM "SearchEntries" WHERE "Document" @@ to_tsquery('simple', {match})
            """).SingleAsync(cancellationToken);
        if (total == 0)
        {
            return ([], 0);
        }

        var rows = await db.Database.SqlQuery<SearchRow>($"""
            SELECT e."Id", e."Kind", e."Title", e."Url", e."Summary"
            FROM "SearchEntries" AS e, to_tsquery('simple', {match}) AS q
            WHERE e."Document" @@ q
            ORDER BY e."Name" = {phrase} DESC, starts_with(e."Name", {phrase}) DESC,
                ts_rank(e."Document", q) * e."Weight" DESC, e."Title" COLLATE "C", e."Id"
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(cancellationToken);
        return (rows, total);
    }
}
