using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Publication;

/// <summary>
/// Logs a <see cref="PublicationChangeKind.RegistryChanged"/> entry in the same transaction as any saved change to
/// organisations, parent groups, contracts, their areas, KPI definitions or portal settings, whichever page or import
/// made it, so the public outputs catch up with administration as they do with publications. It runs after the
/// rows are saved, when added rows have their ids, and starts (and then commits) a transaction of its own when the
/// caller has none. A context whose <see cref="TransparencyDbContext.RecordsRegistryChanges"/> is off is skipped:
/// the publisher's own entry covers the subcontractors it adds.
/// </summary>
public sealed class RegistryChangeRecorder : SaveChangesInterceptor
{
    public static RegistryChangeRecorder Instance { get; } = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TransparencyDbContext { RecordsRegistryChanges: true } db)
        {
            var changed = db.ChangeTracker.Entries().Where(IsRegistryChange).ToList();
            if (changed.Count > 0)
            {
                var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
                db.PendingRegistryChange = new PendingChange(changed, owned);
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TransparencyDbContext { PendingRegistryChange: { } pending } db)
        {
            db.PendingRegistryChange = null;
            await WriteEntryAsync(db, pending, cancellationToken);
            if (pending.OwnedTransaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TransparencyDbContext { PendingRegistryChange: { } pending } db)
        {
            db.PendingRegistryChange = null;
            if (pending.OwnedTransaction is { } transaction)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    private static bool IsRegistryChange(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is Organisation or ParentGroup or Contract or ContractArea or KpiDefinition or PortalSetting;

    private static async Task WriteEntryAsync(TransparencyDbContext db, PendingChange pending, CancellationToken cancellationToken)
    {
        var contracts = pending.Entries.Select(e => e.Entity switch
        {
            Contract c => c.Id,
            ContractArea a => a.ContractId,
            KpiDefinition k => k.ContractId,
            _ => 0,
        }).Where(id => id > 0);

        // An organisation, a parent group or a setting can show on any page: such a change names no contracts, which
        // readers take as "everything".
        var everything = pending.Entries.Any(e => e.Entity is Organisation or ParentGroup or PortalSetting);
        var organisations = pending.Entries.Select(e => e.Entity).OfType<Organisation>().Select(o => o.Id);
        var entry = new PublicationLogEntry
        {
            Kind = PublicationChangeKind.RegistryChanged,
            CommittedAt = DateTime.UtcNow,
            ContractIds = everything ? null : PublicationLogEntry.JoinIds(contracts),
            OrganisationIds = PublicationLogEntry.JoinIds(organisations),
        };

        // Not through the change tracker: this runs inside SaveChanges.
        await PublicationLog.TakeWriterLockAsync(db, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "PublicationLog" ("Kind", "CommittedAt", "ContractIds", "OrganisationIds") VALUES ({entry.Kind.ToString()}, {entry.CommittedAt}, {entry.ContractIds}, {entry.OrganisationIds})""",
            cancellationToken);
    }

    /// <summary>The registry rows a save is writing, and the transaction this recorder opened for it, if any.</summary>
    public sealed record PendingChange(IReadOnlyList<EntityEntry> Entries, IDbContextTransaction? OwnedTransaction);
}
