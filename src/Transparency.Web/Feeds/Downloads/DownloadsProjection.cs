using Microsoft.Extensions.Options;
using Transparency.Web.Publication;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// The bulk files as a projection of the publication log: each build records in its manifest the log position it
/// was built from, so after a crash the worker finds the files behind the head and builds them again. The first
/// build waits <see cref="FeedsOptions.StartupBuildDelay"/> after start, so start-up stays quick.
/// </summary>
public sealed class DownloadsProjection(DownloadsBuilder builder, DownloadsStore store, IOptions<FeedsOptions> options) : IProjection
{
    public const string ProjectionName = "downloads";

    public string Name => ProjectionName;

    public string Title => "the bulk downloads";

    public TimeSpan MinimumInterval => TimeSpan.Zero;

    public bool ShouldCreate(TimeSpan sinceStart) => options.Value.BuildDownloadsOnStart && sinceStart >= options.Value.StartupBuildDelay;

    public Task<ProjectionState?> ReadStateAsync(CancellationToken cancellationToken) => Task.FromResult(store.Current?.State);

    public async Task ApplyAsync(ProjectionBatch batch, CancellationToken cancellationToken) => await builder.BuildAsync(batch.State, cancellationToken);
}
