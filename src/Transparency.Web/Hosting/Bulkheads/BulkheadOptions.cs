using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Hosting.Bulkheads;

/// <summary>Bound from the "Bulkheads" configuration section (README, "Heavy queries").</summary>
public sealed class BulkheadOptions
{
    public const string Section = "Bulkheads";

    /// <summary>Insight sets and functions, $apply, $expand, $search and CSV under /odata.</summary>
    [Required]
    public BulkheadLimits HeavyQueries { get; set; } = new();

    /// <summary>Atom feeds, per-contract OCDS and the catalogue when the feeds cache does not have them.</summary>
    [Required]
    public BulkheadLimits Feeds { get; set; } = new();

    /// <summary>How long a heavy API answer stays cached; the publication log moving on drops it sooner.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(10);
}
