using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Publication;

namespace Transparency.Web.Api.Totals;

/// <summary>
/// Keeps <see cref="FundingTotal"/> and <see cref="FundingContractTotal"/> up to the publication log: a publication, restatement or withdrawal rewrites the
/// totals of every contract any version of its return reports on (a restatement can drop a contract); a rebuild
/// request, or no totals yet, rewrites them all, a range of contracts per transaction so that publishers are never
/// held up for long. The position is stored with the totals (<see cref="DatabaseCheckpoints"/>), so every instance
/// shares one copy, and <see cref="FundingTotalsFreshness"/> uses the totals only while they are at the log head.
/// </summary>
public sealed class FundingTotalsProjection(IServiceScopeFactory scopes) : IProjection
{
    public const string ProjectionName = "funding-totals";

    /// <summary>Contracts per transaction of a full rebuild: a few thousand funding lines each at national scale.</summary>
    private const int ContractsPerStep = 2000;

    /// <summary>Serialises instances applying the same entries on PostgreSQL ("TPTOT" in ASCII); SQLite has one writer anyway.</summary>
    private const long WriterLockKey = 0x5450544F54;

    public string Name => ProjectionName;

    public string Title => "the API's funding totals";

    public TimeSpan MinimumInterval => TimeSpan.Zero;

    public bool ShouldCreate(TimeSpan sinceStart) => true;

    public async Task<ProjectionState?> ReadStateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        return await DatabaseCheckpoints.ReadAsync(db, Name, cancellationToken);
    }

    public async Task ApplyAsync(ProjectionBatch batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        db.RecordsRegistryChanges = false;
        var everything = batch.FromScratch || batch.Entries.Any(e => e.Kind == PublicationChangeKind.RebuildRequested);
        if (everything)
        {
            await RebuildAllAsync(db, cancellationToken);
            await InTransactionAsync(db, () => DatabaseCheckpoints.WriteAsync(db, Name, batch.State, cancellationToken), cancellationToken);
            return;
        }

        // Registry changes never change a total: a contract's sector or commissioner is joined when the API asks.
        var returnIds = batch.Entries.Where(e => e.ReturnId is not null).Select(e => e.ReturnId!.Value).Distinct().ToList();
        await InTransactionAsync(db, async () =>
        {
            var contracts = await ContractsOfReturnsAsync(db, returnIds, cancellationToken);
            contracts.UnionWith(batch.Entries.Where(e => e.ReturnId is not null).SelectMany(e => e.Contracts));
            await FundingTotalsRefresh.ForContractsAsync(db, contracts, cancellationToken);
            await DatabaseCheckpoints.WriteAsync(db, Name, batch.State, cancellationToken);
        }, cancellationToken);
    }

    private static async Task<HashSet<int>> ContractsOfReturnsAsync(TransparencyDbContext db, List<int> returnIds, CancellationToken cancellationToken)
    {
        var contracts = new HashSet<int>();
        foreach (var chunk in returnIds.Chunk(500))
        {
            contracts.UnionWith(await db.Funding.Where(f => chunk.Contains(f.ReturnVersion!.ReturnId)).Select(f => f.ContractId).Distinct().ToListAsync(cancellationToken));
        }

        return contracts;
    }

    private static async Task RebuildAllAsync(TransparencyDbContext db, CancellationToken cancellationToken)
    {
        var last = await db.Contracts.MaxAsync(c => (int?)c.Id, cancellationToken) ?? 0;
        await InTransactionAsync(db, async () =>
        {
            await db.FundingTotals.Where(t => t.ContractId > last).ExecuteDeleteAsync(cancellationToken);
            await db.FundingContractTotals.Where(t => t.ContractId > last).ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);
        for (var from = 0; from <= last; from += ContractsPerStep)
        {
            var to = from + ContractsPerStep;
            await InTransactionAsync(db, () => FundingTotalsRefresh.ForRangeAsync(db, from, to, cancellationToken), cancellationToken);
        }
    }

    private static async Task InTransactionAsync(TransparencyDbContext db, Func<Task> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({WriterLockKey})", cancellationToken);
        }

        await work();
        await transaction.CommitAsync(cancellationToken);
    }
}
