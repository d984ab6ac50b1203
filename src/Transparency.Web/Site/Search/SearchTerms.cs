using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;

namespace Transparency.Web.Site.Search;

/// <summary>The vocabulary of the index: the words a mistyped word may be matched to.</summary>
public static class SearchTerms
{
    /// <summary>Words shorter than this are never corrected, so they need not be kept.</summary>
    public const int MinLength = 3;

    /// <summary>Adds the words not yet known, in one statement per few hundred (INSERT … ON CONFLICT DO NOTHING works on both engines).</summary>
    public static async Task AddAsync(TransparencyDbContext db, IEnumerable<string> words, CancellationToken cancellationToken)
    {
        var fresh = words.Where(w => w.Length >= MinLength && !w.All(char.IsAsciiDigit)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in fresh.Chunk(500))
        {
            var sql = new StringBuilder("INSERT INTO \"SearchTerms\" (\"Term\") VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"({{{i}}})");
            }

            sql.Append(" ON CONFLICT DO NOTHING");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), chunk.Cast<object>(), cancellationToken);
        }
    }
}
