using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Publication;
using Transparency.Web.Site.Build;

namespace Transparency.Web.Site.Search;

/// <summary>
/// Keeps <see cref="SearchEntry"/> rows (and the words in them, <see cref="SearchTerm"/>) up to the publication log, in
/// the database, so every instance answers <c>/search/</c> from one index. Each batch is one transaction with its
/// position (<see cref="DatabaseCheckpoints"/>): the organisation entries are compared with what they should be and
/// only differences written (a publication can add or drop a subcontractor); the contract and KPI entries of the
/// contracts a registry change names are replaced; a rebuild request, or a change that names no contract, rewrites
/// everything.
/// </summary>
public sealed class SearchProjection(IServiceScopeFactory scopes, IOptions<SiteOptions> options) : IProjection
{
    public const string ProjectionName = "search";

    /// <summary>Serialises instances applying the same entries on PostgreSQL ("TPSRCH" in ASCII); SQLite has one writer anyway.</summary>
    private const long WriterLockKey = 0x545053524348;

    private const int InsertBatch = 1000;

    public string Name => ProjectionName;

    public string Title => "the site's search index";

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
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({WriterLockKey})", cancellationToken);
        }

        var period = await ReadDatabase.PeriodAsync(db, options.Value, cancellationToken);
        var organisations = await SearchEntrySource.OrganisationsAsync(db, period.LastYearFirstCode, cancellationToken);
        if (batch.TouchesEverything)
        {
            await db.SearchEntries.ExecuteDeleteAsync(cancellationToken);
            await db.SearchTerms.ExecuteDeleteAsync(cancellationToken);
            await InsertAsync(db, organisations, cancellationToken);
            await InsertAsync(db, await SearchEntrySource.ContractsAsync(db, null, cancellationToken), cancellationToken);
        }
        else
        {
            await SyncOrganisationsAsync(db, organisations, cancellationToken);
            var contracts = batch.Entries.Where(e => e.Kind == PublicationChangeKind.RegistryChanged).SelectMany(e => e.Contracts).Distinct().ToList();
            if (contracts.Count > 0)
            {
                await db.SearchEntries.Where(e => e.ContractId != null && contracts.Contains(e.ContractId.Value)).ExecuteDeleteAsync(cancellationToken);
                await InsertAsync(db, await SearchEntrySource.ContractsAsync(db, contracts, cancellationToken), cancellationToken);
            }
        }

        await DatabaseCheckpoints.WriteAsync(db, Name, batch.State, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Writes only the organisation entries that differ from what is stored.</summary>
    private static async Task SyncOrganisationsAsync(TransparencyDbContext db, List<SearchEntry> wanted, CancellationToken cancellationToken)
    {
        SearchEntryKind[] kinds = [SearchEntryKind.Provider, SearchEntryKind.ParentGroup, SearchEntryKind.Commissioner, SearchEntryKind.Subcontractor];
        var stored = await db.SearchEntries.AsNoTracking().Where(e => kinds.Contains(e.Kind)).ToDictionaryAsync(e => (e.Kind, e.EntityId), cancellationToken);
        var changed = new List<SearchEntry>();
        foreach (var entry in wanted)
        {
            if (stored.Remove((entry.Kind, entry.EntityId), out var old) && Same(old, entry))
            {
                continue;
            }

            if (old is not null)
            {
                await db.SearchEntries.Where(e => e.Id == old.Id).ExecuteDeleteAsync(cancellationToken);
            }

            changed.Add(entry);
        }

        var gone = stored.Values.Select(e => e.Id).ToList();
        foreach (var chunk in gone.Chunk(500))
        {
            await db.SearchEntries.Where(e => chunk.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        await InsertAsync(db, changed, cancellationToken);
    }

    private static bool Same(SearchEntry a, SearchEntry b) =>
        a.Title == b.Title && a.Url == b.Url && a.Summary == b.Summary && a.Name == b.Name && a.Terms == b.Terms && a.Detail == b.Detail && a.Weight.Equals(b.Weight);

    private static async Task InsertAsync(TransparencyDbContext db, List<SearchEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var chunk in entries.Chunk(InsertBatch))
        {
            db.SearchEntries.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await SearchTerms.AddAsync(db, chunk.SelectMany(e => SearchText.Words(e.Terms + " " + e.Detail)), cancellationToken);
        }
    }
}
