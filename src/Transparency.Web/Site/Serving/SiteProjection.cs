using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Publication;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// The public site's pages as a projection of the publication log. With no site, or one built by another version
/// of the portal, its content or its settings (<see cref="SiteStamp"/>), it builds a new generation and switches to
/// it. Otherwise it rewrites, inside the served generation, the pages the new entries touch: each publishing
/// provider's pages with their contracts, commissioners, sectors and subcontractors and the site-wide indexes. A
/// change that names no contracts (an organisation, a setting, a rebuild request) builds everything again.
/// </summary>
public sealed class SiteProjection(
    IServiceScopeFactory scopes,
    SiteGenerations generations,
    SiteFileProvider files,
    SiteStamp stamp,
    IOptions<SiteOptions> options,
    ILogger<SiteProjection> logger) : IProjection
{
    public const string ProjectionName = "site";

    public string Name => ProjectionName;

    public string Title => "the public site";

    public TimeSpan MinimumInterval => TimeSpan.Zero;

    public bool ShouldCreate(TimeSpan sinceStart) => options.Value.BuildOnStart;

    public Task<ProjectionState?> ReadStateAsync(CancellationToken cancellationToken) => Task.FromResult(CurrentState());

    /// <summary>The served generation's state, or null when there is none or it was built from something else.</summary>
    public ProjectionState? CurrentState() =>
        generations.CurrentGeneration() is { } generation && stamp.Stored() == stamp.Current() ? generations.ReadState(generation, Name) : null;

    /// <summary>At start, serve what is on disk; build first only when there is nothing to serve at all.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var layers = generations.Current();
        files.SwitchTo(generations.ProviderFor(layers));
        generations.RemoveAbandonedWork();
        if (layers.Count == 0 && options.Value.BuildOnStart)
        {
            await using var scope = scopes.CreateAsyncScope();
            var head = await PublicationLog.HeadAsync(scope.ServiceProvider.GetRequiredService<TransparencyDbContext>(), cancellationToken);
            await BuildEverythingAsync(ProjectionState.Initial(head, DateTime.UtcNow), cancellationToken);
        }
    }

    public async Task ApplyAsync(ProjectionBatch batch, CancellationToken cancellationToken)
    {
        if (batch.TouchesEverything || CurrentState() is null)
        {
            await BuildEverythingAsync(batch.State, cancellationToken);
            return;
        }

        await generations.WriteGate.WaitAsync(cancellationToken);
        try
        {
            var generation = generations.CurrentGeneration()!;
            await using var scope = scopes.CreateAsyncScope();
            var providers = await ProvidersAsync(scope.ServiceProvider.GetRequiredService<TransparencyDbContext>(), batch.Entries, cancellationToken);
            if (providers.Count > 0)
            {
                var report = await scope.ServiceProvider.GetRequiredService<SiteBuilder>()
                    .BuildAsync(generations.FolderOf(generation), new SiteScope(providers), inPlace: true, cancellationToken);
                logger.LogInformation("Site: rewrote {Pages} pages for {Providers} providers in {Seconds:0.00} s", report.Pages, providers.Count, report.Elapsed.TotalSeconds);
            }

            generations.WriteState(generation, Name, batch.State);
        }
        finally
        {
            generations.WriteGate.Release();
        }
    }

    /// <summary>A whole new generation, switched to at once; the indexes projection's state starts at the same position.</summary>
    public async Task<BuildReport> BuildEverythingAsync(ProjectionState state, CancellationToken cancellationToken)
    {
        var (folder, claim) = generations.NewGenerationFolder();
        using var claimed = claim;
        var generation = Path.GetFileName(folder);
        BuildReport report;
        await using (var scope = scopes.CreateAsyncScope())
        {
            report = await scope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildAsync(folder, SiteScope.Everything, cancellationToken);
        }

        await generations.WriteGate.WaitAsync(cancellationToken);
        try
        {
            generations.WriteState(generation, Name, state);
            generations.WriteState(generation, SiteIndexesProjection.ProjectionName, state);
            generations.WriteSearchGlob(generation, report.SearchGlob);
            generations.Commit(generation);
            files.SwitchTo(generations.ProviderFor([generation]));
            stamp.Store(stamp.Current());
            claimed.Dispose();

            // Open files stay readable after deletion on Linux, so requests already in flight finish.
            generations.RemoveUnused();
        }
        finally
        {
            generations.WriteGate.Release();
        }

        logger.LogInformation("Site: full build of {Pages} pages in {Seconds:0.0} s into {Folder}, at log position {Position}", report.Pages, report.Elapsed.TotalSeconds, folder, state.Position);
        return report;
    }

    /// <summary>Whose pages the entries change: each return's provider, and the providers of contracts the registry changed.</summary>
    private static async Task<HashSet<int>> ProvidersAsync(TransparencyDbContext db, IEnumerable<PublicationLogEntry> entries, CancellationToken cancellationToken)
    {
        var providers = new HashSet<int>();
        var contracts = new HashSet<int>();
        foreach (var entry in entries)
        {
            if (entry.ProviderId is { } provider)
            {
                providers.Add(provider);
            }

            if (entry.Kind == PublicationChangeKind.RegistryChanged)
            {
                contracts.UnionWith(entry.Contracts);
            }
        }

        foreach (var chunk in contracts.Chunk(500))
        {
            providers.UnionWith(await db.Contracts.Where(c => chunk.Contains(c.Id)).Select(c => c.ProviderId).Distinct().ToListAsync(cancellationToken));
        }

        return providers;
    }
}
