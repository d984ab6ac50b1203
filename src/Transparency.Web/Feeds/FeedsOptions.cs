using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Feeds;

/// <summary>Bound from the "Feeds" configuration section: how the portal names itself in bulk files, feeds and standards.</summary>
public sealed class FeedsOptions
{
    public const string Section = "Feeds";

    /// <summary>The public address of the portal; absolute links in feeds, OCDS packages and the catalogue start with it.</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080/");

    /// <summary>The publisher named in packages, feeds and the catalogue.</summary>
    [Required]
    public string PublisherName { get; set; } = "Transparency portal";

    /// <summary>The OCDS ocid prefix registered with the Open Contracting Partnership (ocds- and six characters).</summary>
    [Required]
    [RegularExpression("^ocds-[a-z0-9]{6}$", ErrorMessage = "Feeds:OcidPrefix must be 'ocds-' followed by six lower-case letters or digits, like ocds-abc123.")]
    public string OcidPrefix { get; set; } = "ocds-xxxxxx";

    /// <summary>The 360Giving grant identifier prefix (360G- and the publisher's registered code).</summary>
    [Required]
    [RegularExpression("^360G-[A-Za-z0-9-]+$", ErrorMessage = "Feeds:GrantIdPrefix must start with 360G-, like 360G-transparency.")]
    public string GrantIdPrefix { get; set; } = "360G-transparency";

    [Required]
    public Uri LicenceUrl { get; set; } = new("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");

    [Required]
    public string LicenceName { get; set; } = "Open Government Licence v3.0";

    /// <summary>Entries per Atom document; older entries move to fixed archive pages (RFC 5005).</summary>
    [Range(10, 1000)]
    public int FeedPageSize { get; set; } = 50;

    /// <summary>
    /// How long a feed, OCDS document or the catalogue stays cached. Publications in this portal drop the cache
    /// at once; the limit only bounds how long a change made elsewhere (another instance, the database directly)
    /// takes to show.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Memory the cached feeds and OCDS documents may use; the least recently used go first.</summary>
    [Range(1, 4096)]
    public int CacheMegabytes { get; set; } = 100;

    /// <summary>Build the bulk files when the portal starts and none exist yet.</summary>
    public bool BuildDownloadsOnStart { get; set; } = true;

    /// <summary>
    /// How long after start that first build waits, so a national-scale build does not compete with start-up
    /// (and short-lived hosts, such as test hosts, stop before it begins).
    /// </summary>
    public TimeSpan StartupBuildDelay { get; set; } = TimeSpan.FromSeconds(10);
}
