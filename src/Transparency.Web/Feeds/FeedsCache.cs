using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Transparency.Web.Feeds.Downloads;
using Transparency.Web.Publication;

namespace Transparency.Web.Feeds;

/// <summary>
/// Keeps the documents built per request (Atom feeds, per-contract OCDS, the catalogue) in ASP.NET Core's output
/// cache until the public record changes, as a projection of the publication log held in memory: its position is
/// the last log position this instance has seen, and it is part of every cache key together with the bulk files'
/// build the catalogue describes. A response computed from the old state while a change commits is stored under the
/// old position, so no reader gets it once the position moves on; evicting by tag only frees the memory. After a
/// restart the cache is empty, so its first state is simply the log head.
/// </summary>
public sealed class FeedsCache(IOutputCacheStore store, DownloadsStore downloads) : IProjection
{
    public const string Tag = "feeds";

    private ProjectionState? _state;

    public string Name => "feeds";

    public string Title => "the feeds, OCDS documents and catalogue";

    public TimeSpan MinimumInterval => TimeSpan.Zero;

    /// <summary>The cache key part that changes with the public record.</summary>
    public string Stamp => string.Create(CultureInfo.InvariantCulture, $"{Volatile.Read(ref _state)?.Position ?? -1}/{downloads.Current?.BuiltAt.Ticks ?? 0}");

    public bool ShouldCreate(TimeSpan sinceStart) => true;

    public Task<ProjectionState?> ReadStateAsync(CancellationToken cancellationToken) => Task.FromResult(Volatile.Read(ref _state));

    public async Task ApplyAsync(ProjectionBatch batch, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _state, batch.State);
        await store.EvictByTagAsync(Tag, cancellationToken);
    }
}
