using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Transparency.Web.Data.Bulk;

/// <summary>
/// Drops the secondary indexes of tables about to be bulk-loaded and builds them again afterwards:
/// one sorted build per index is far cheaper than updating every index for every row. The definitions
/// come from the EF model, so what is rebuilt is exactly what the migrations created. The SQL is the
/// same on SQLite and PostgreSQL.
/// </summary>
public static class BulkIndexes
{
    public static async Task DropAsync(TransparencyDbContext db, IEnumerable<Type> entityTypes, CancellationToken cancellationToken)
    {
        foreach (var index in IndexesOf(db, entityTypes))
        {
            await ExecuteAsync(db, $"DROP INDEX IF EXISTS \"{index.GetDatabaseName()}\"", cancellationToken);
        }
    }

    public static async Task CreateAsync(TransparencyDbContext db, IEnumerable<Type> entityTypes, CancellationToken cancellationToken)
    {
        foreach (var index in IndexesOf(db, entityTypes))
        {
            var table = index.DeclaringEntityType.GetTableName();
            var columns = string.Join(", ", index.Properties.Select(p => $"\"{p.GetColumnName()}\""));
            var unique = index.IsUnique ? "UNIQUE " : string.Empty;
            var filter = index.GetFilter() is { } where ? $" WHERE {where}" : string.Empty;
            await ExecuteAsync(db, string.Create(CultureInfo.InvariantCulture,
                $"CREATE {unique}INDEX IF NOT EXISTS \"{index.GetDatabaseName()}\" ON \"{table}\" ({columns}){filter}"), cancellationToken);
        }
    }

    /// <summary>
    /// Refreshes the planner's statistics for freshly loaded tables (the same SQL on both engines). SQLite keeps
    /// none until asked, and without them it drives the insight queries from the wrong index (issue 5).
    /// </summary>
    public static async Task AnalyseAsync(TransparencyDbContext db, IEnumerable<Type> entityTypes, CancellationToken cancellationToken)
    {
        foreach (var table in entityTypes.Select(t => db.Model.FindEntityType(t)?.GetTableName()).OfType<string>().Distinct())
        {
            await ExecuteAsync(db, $"ANALYZE \"{table}\"", cancellationToken);
        }
    }

    private static IEnumerable<IIndex> IndexesOf(TransparencyDbContext db, IEnumerable<Type> entityTypes) =>
        entityTypes.Select(t => db.Model.FindEntityType(t)).OfType<IEntityType>().SelectMany(e => e.GetIndexes());

    // Index and table names come from the EF model, never from input.
#pragma warning disable EF1002
    private static Task<int> ExecuteAsync(TransparencyDbContext db, string sql, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
#pragma warning restore EF1002
}
