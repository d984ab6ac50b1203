using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Publication;
using Transparency.Web.Site.Build;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// The parts of the served site that add up the whole record: the insights pages and the Pagefind search index.
/// Rebuilding them takes the database tens of seconds at national scale, so they follow the log at most every
/// <see cref="SiteOptions.IndexesRefreshInterval"/>, computed beside the served pages (which publications keep
/// rewriting meanwhile) and moved into the served generation under its write gate. A full build of the site
/// rebuilds them too and starts this projection's state afresh.
/// </summary>
public sealed class SiteIndexesProjection(
    IServiceScopeFactory scopes,
    SiteGenerations generations,
    PortalPaths paths,
    IOptions<SiteOptions> options,
    ILogger<SiteIndexesProjection> logger) : IProjection
{
    public const string ProjectionName = "site-indexes";

    public string Name => ProjectionName;

    public string Title => "the site's insights pages and search index";

    public TimeSpan MinimumInterval => options.Value.IndexesRefreshInterval;

    /// <summary>Never: the pages projection creates the generation and this projection's first state with it.</summary>
    public bool ShouldCreate(TimeSpan sinceStart) => false;

    public Task<ProjectionState?> ReadStateAsync(CancellationToken cancellationToken) =>
        Task.FromResult(generations.CurrentGeneration() is { } generation ? generations.ReadState(generation, Name) : null);

    public async Task ApplyAsync(ProjectionBatch batch, CancellationToken cancellationToken)
    {
        var generation = generations.CurrentGeneration() ?? throw new InvalidOperationException("There is no site generation to refresh.");
        var (work, held) = generations.NewWorkFolder();
        try
        {
            IReadOnlyList<WrittenPage> pages;
            await using (var scope = scopes.CreateAsyncScope())
            {
                pages = await scope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildInsightsAsync(work, cancellationToken);
            }

            var searchIndex = Path.Combine(work, "pagefind");
            var indexed = options.Value.SearchIndex && generations.ReadSearchGlob(generation) is { } glob
                && await new IndexSearch(paths.Root, logger).RunAsync(generations.FolderOf(generation), glob, searchIndex, cancellationToken);

            await generations.WriteGate.WaitAsync(cancellationToken);
            try
            {
                if (generations.CurrentGeneration() != generation)
                {
                    // A full build replaced the generation meanwhile, with insights and index of its own.
                    return;
                }

                var target = generations.FolderOf(generation);
                MoveFiles(work, target, except: searchIndex);
                if (indexed)
                {
                    SwapFolder(searchIndex, Path.Combine(target, "pagefind"));
                }

                generations.WriteState(generation, Name, batch.State);
            }
            finally
            {
                generations.WriteGate.Release();
            }

            logger.LogInformation("Site: refreshed {Pages} insights pages{Search} at log position {Position}", pages.Count, indexed ? " and the search index" : string.Empty, batch.To);
        }
        finally
        {
            SiteGenerations.RemoveWorkFolder(work, held);
        }
    }

    private static void MoveFiles(string from, string to, string except)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (file.StartsWith(except + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(file, destination, overwrite: true);
        }
    }

    /// <summary>Puts a new folder where an old one is: two renames, so the index is missing only between them.</summary>
    private static void SwapFolder(string replacement, string target)
    {
        var old = target + ".old-" + Guid.NewGuid().ToString("N");
        if (Directory.Exists(target))
        {
            Directory.Move(target, old);
        }

        Directory.Move(replacement, target);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }
}
