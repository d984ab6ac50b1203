using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// Keeps the served site up to date: a full build when there is none, and after each publication a layer with
/// just the affected pages. Builds run one at a time; the switch to a new layer is atomic. After
/// <see cref="MaxLayers"/> layers the next update is a full build, which folds them back into one folder. A site built
/// by another version of the portal, its content or its settings (<see cref="SiteStamp"/>) is rebuilt on start.
/// </summary>
public sealed class SiteUpdater(IServiceScopeFactory scopes, SiteGenerations generations, SiteFileProvider files, SiteStamp stamp, ILogger<SiteUpdater> logger) : IDisposable
{
    public const int MaxLayers = 50;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Serves the existing site, or builds it first when there is none or it was built from something else.</summary>
    public async Task StartAsync(bool buildWhenMissing, CancellationToken cancellationToken)
    {
        var layers = generations.Current();
        if (buildWhenMissing && (layers.Count == 0 || stamp.Stored() != stamp.Current()))
        {
            if (layers.Count > 0)
            {
                logger.LogInformation("The site on disk was built by another version of the portal, its content pages or its settings: rebuilding it");
            }

            await RebuildAsync(cancellationToken);
            return;
        }

        files.SwitchTo(generations.ProviderFor(layers));
        generations.RemoveUnused();
    }

    public async Task<BuildReport> RebuildAsync(CancellationToken cancellationToken) => await UpdateAsync(SiteScope.Everything, cancellationToken);

    public async Task<BuildReport> UpdateAsync(SiteScope scope, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var layers = generations.Current().ToList();
            if (layers.Count == 0 || layers.Count >= MaxLayers)
            {
                scope = SiteScope.Everything;
            }

            var folder = generations.NewLayerFolder();
            await using var serviceScope = scopes.CreateAsyncScope();
            var report = await serviceScope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildAsync(folder, scope, cancellationToken);
            layers = scope.IsEverything ? [Path.GetFileName(folder)] : [.. layers, Path.GetFileName(folder)];
            generations.Commit(layers);
            files.SwitchTo(generations.ProviderFor(layers));
            if (scope.IsEverything)
            {
                stamp.Store(stamp.Current());

                // Open files stay readable after deletion on Linux, so requests already in flight finish.
                generations.RemoveUnused();
            }

            logger.LogInformation("Site {Kind} build: {Pages} pages in {Seconds:0.00} s into {Folder}", scope.IsEverything ? "full" : "incremental", report.Pages, report.Elapsed.TotalSeconds, folder);
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
