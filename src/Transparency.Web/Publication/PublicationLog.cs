using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Publication;

/// <summary>
/// Writes and reads the publication log (<see cref="PublicationLogEntry"/>). A reader that has seen position p must
/// never later find a smaller position committed, or it would skip that entry for ever. SQLite guarantees it (one
/// writer at a time, AUTOINCREMENT). On PostgreSQL positions come from a sequence when the row is inserted, and two
/// transactions may commit in the other order, so every writer takes one transaction-scoped advisory lock just
/// before inserting its entry and holds it until commit: entries then commit in position order.
/// </summary>
public static class PublicationLog
{
    /// <summary>The advisory lock key of the log's writers (an arbitrary constant, "TPLOG" in ASCII).</summary>
    public const long WriterLockKey = 0x54504C4F47;

    /// <summary>Adds the entry to the context's pending changes, after taking the writers' lock on PostgreSQL. Call inside the change's transaction.</summary>
    public static async Task AppendAsync(TransparencyDbContext db, PublicationLogEntry entry, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A publication log entry must be written in the same transaction as the change it records.");
        }

        await TakeWriterLockAsync(db, cancellationToken);
        db.PublicationLog.Add(entry);
    }

    public static async Task TakeWriterLockAsync(TransparencyDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({WriterLockKey})", cancellationToken);
        }
    }

    /// <summary>The newest committed position, or 0 when nothing was ever logged.</summary>
    public static async Task<long> HeadAsync(TransparencyDbContext db, CancellationToken cancellationToken) =>
        await db.PublicationLog.MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;

    /// <summary>Entries after <paramref name="after"/> up to and including <paramref name="upTo"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<PublicationLogEntry>> ReadAsync(TransparencyDbContext db, long after, long upTo, CancellationToken cancellationToken) =>
        await db.PublicationLog.AsNoTracking().Where(e => e.Position > after && e.Position <= upTo).OrderBy(e => e.Position).ToListAsync(cancellationToken);
}
