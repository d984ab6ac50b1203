using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Site.Build;

/// <summary>Bound from the "Site" configuration section.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public address of the site, used for canonical URLs, the sitemap and Open Graph tags.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Fixes the moment the site describes; by default the latest publication in the database.</summary>
    public DateTime? AsOf { get; set; }

    /// <summary>How many quarters of history pages show and chart.</summary>
    [Range(4, 40)]
    public int WindowQuarters { get; set; } = 12;

    /// <summary>Run Pagefind (npm) after a full build to make the search index. Skipped with a warning when Node.js is missing.</summary>
    public bool SearchIndex { get; set; } = true;

    /// <summary>Build the site at start when the site folder is empty, and rebuild it in the background when it was built from something else.</summary>
    public bool BuildOnStart { get; set; } = true;

    /// <summary>
    /// The shortest time between two refreshes of the insights pages and the search index after publications: they
    /// add up the whole record, which takes tens of seconds at national scale. Zero refreshes them after every publication.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan IndexesRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Pages rendered at once; one per core is enough because rendering is CPU-bound.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = Environment.ProcessorCount;
}
