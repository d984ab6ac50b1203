using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Transparency.Web.Domain;
using Transparency.Web.Feeds.Downloads;

namespace Transparency.Web.Feeds;

/// <summary>
/// Keeps the documents built per request (Atom feeds, per-contract OCDS, the catalogue) in ASP.NET Core's
/// output cache until the public record changes. Each cache key carries a publication stamp: a counter
/// raised by every publish, restatement or withdrawal, and the build of the bulk files the catalogue
/// describes. A response computed from the old state while a publication commits is stored under the old
/// stamp, so no reader ever gets it afterwards; evicting by tag only frees the memory.
/// </summary>
public sealed class FeedsCache(IOutputCacheStore store, DownloadsStore downloads, ILogger<FeedsCache> logger) : IPublicationListener
{
    public const string Tag = "feeds";

    private long _generation;

    /// <summary>The publication stamp the cache key varies by.</summary>
    public string Stamp => string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Read(ref _generation)}/{downloads.Current?.BuiltAt.Ticks ?? 0}");

    public async Task OnPublicationChangedAsync(PublicationChange change, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        logger.LogInformation("Return version {VersionId} was {Kind}; cached feeds dropped", change.ReturnVersionId, change.Kind);
        await store.EvictByTagAsync(Tag, cancellationToken);
    }
}
