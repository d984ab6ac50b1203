using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Transparency.Web.Data;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// A read-only transaction that sees one consistent state of the database for a whole build, so a return
/// published half-way through never appears in one file and not another. PostgreSQL: REPEATABLE READ.
/// SQLite: a deferred transaction, which reads one WAL snapshot without taking the write lock that
/// EF's default (BEGIN IMMEDIATE) would hold against publishers for the length of the build.
/// </summary>
public static class SnapshotTransaction
{
    public static async Task<IDbContextTransaction> BeginAsync(TransparencyDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var transaction = sqlite.BeginTransaction(deferred: true);
            return await db.Database.UseTransactionAsync(transaction, cancellationToken)
                ?? throw new InvalidOperationException("EF Core did not accept the SQLite read transaction.");
        }

        return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
    }
}
