using Transparency.Web.Site.Model;

namespace Transparency.Web.Site;

/// <summary>
/// Where the site gets the figures the insights slice computes (data-quality scores, concentration, outcome
/// focus, subcontracting, cohort gaps, regional variation, timeliness). Read once per build, after the site's
/// own data, so that pages render without queries.
/// </summary>
public interface ISiteInsights
{
    Task<SiteInsightsFigures> ReadAsync(SiteData data, CancellationToken cancellationToken);
}
