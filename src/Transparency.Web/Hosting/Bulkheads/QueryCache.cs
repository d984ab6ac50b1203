using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Transparency.Web.Publication;

namespace Transparency.Web.Hosting.Bulkheads;

/// <summary>
/// Keeps heavy API answers (see <see cref="HeavyRequests"/>) in the output cache until the public record changes: a
/// projection of the publication log held in memory, as the feeds cache is. Its stamp, part of every cache key, is the
/// last log position this instance has seen and today's date (timeliness and data quality are judged as of today). An
/// answer computed while a change commits is stored under the old stamp, so nobody gets it once the position moves
/// on; evicting by tag only frees the memory.
/// </summary>
public sealed class QueryCache(IOutputCacheStore store, TimeProvider clock) : IProjection
{
    public const string Tag = "heavy-queries";

    private ProjectionState? _state;

    public string Name => "query-cache";

    public string Title => "the cache of heavy API answers";

    public TimeSpan MinimumInterval => TimeSpan.Zero;

    public string Stamp => string.Create(CultureInfo.InvariantCulture, $"{Volatile.Read(ref _state)?.Position ?? -1}/{clock.GetUtcNow():yyyy-MM-dd}");

    public bool ShouldCreate(TimeSpan sinceStart) => true;

    public Task<ProjectionState?> ReadStateAsync(CancellationToken cancellationToken) => Task.FromResult(Volatile.Read(ref _state));

    public async Task ApplyAsync(ProjectionBatch batch, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _state, batch.State);
        await store.EvictByTagAsync(Tag, cancellationToken);
    }
}
