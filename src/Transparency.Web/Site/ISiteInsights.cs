using Transparency.Web.Site.InsightPages;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site;

/// <summary>
/// Where the site gets the figures the insights slice computes (data-quality scores, concentration, outcome
/// focus, subcontracting, cohort gaps, regional variation, timeliness). Read once per build, before any page
/// renders, so that pages render without queries.
/// </summary>
public interface ISiteInsights
{
    /// <summary>The data-quality score of every provider in the build's scope (read alongside the site's own data).</summary>
    Task<IReadOnlyDictionary<int, DataQualityScore>> ReadScoresAsync(SiteScope scope, SitePeriod period, CancellationToken cancellationToken);

    /// <summary>The insights pages' figures (full builds only); null when no quarter is due yet.</summary>
    Task<InsightsFigures?> ReadPagesAsync(SitePeriod period, CancellationToken cancellationToken);
}
