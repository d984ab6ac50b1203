using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;

namespace Transparency.Web.Site.Search;

/// <summary>
/// SQLite: the FTS5 table <c>SearchIndex</c> over the entries' folded words (kept by triggers, see the
/// <c>Issue18SiteSearch</c> migration), ranked by bm25 with the name column counting ten times the detail; typos are
/// matched by an edit-distance function registered on the connection.
/// </summary>
public sealed class SqliteSearchIndex(TransparencyDbContext db) : ISearchIndex
{
    public async Task<IReadOnlyList<string>> SimilarTermsAsync(string word, CancellationToken cancellationToken)
    {
        var limit = EditDistance.Allowed(word);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            connection.CreateFunction("transparency_edit_distance", (string a, string b, int max) => EditDistance.Between(a, b, max), isDeterministic: true);
            var (shortest, longest) = (word.Length - limit, word.Length + limit);
            return await db.Database.SqlQuery<string>($"""
                SELECT "Term" AS "Value" FROM "SearchTerms"
                WHERE length("Term") BETWEEN {shortest} AND {longest} AND transparency_edit_distance("Term", {word}, {limit}) <= {limit}
                LIMIT 50
                """).ToListAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<(IReadOnlyList<SearchRow> Rows, int Total)> FindAsync(IReadOnlyList<SearchWord> words, string phrase, int skip, int take, CancellationToken cancellationToken)
    {
        var match = string.Join(" AND ", words.Select(w => w.Fts5));
        var total = await db.Database.SqlQuery<int>($"""SELECT count(*) AS "Value" FROM "SearchIndex" WHERE "SearchIndex" MATCH {match}""")
            .SingleAsync(cancellationToken);
        if (total == 0)
        {
            return ([], 0);
        }

        var rows = await db.Database.SqlQuery<SearchRow>($"""
            SELECT e."Id", e."Kind", e."Title", e."Url", e."Summary"
            FROM "SearchIndex" JOIN "SearchEntries" AS e ON e."Id" = "SearchIndex".rowid
            WHERE "SearchIndex" MATCH {match}
            ORDER BY e."Name" = {phrase} DESC, substr(e."Name", 1, length({phrase})) = {phrase} DESC,
                bm25("SearchIndex", 10.0, 1.0) * e."Weight", e."Title", e."Id"
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(cancellationToken);
        return (rows, total);
    }
}
