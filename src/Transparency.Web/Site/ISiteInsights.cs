namespace Transparency.Web.Site;

/// <summary>
/// EXTENSION POINT for the insights slice. The site asks it for figures the site does not compute itself;
/// until the insights slice registers its implementation, <see cref="NoSiteInsights"/> answers nothing and the
/// pages leave those sections out. Insights pages (concentration, outcome focus, subcontracting, cohort gaps,
/// regional variation) plug in as extra <see cref="Build.IPageSource"/> registrations, not through this interface.
/// </summary>
public interface ISiteInsights
{
    /// <summary>The provider's data-quality score (0–100) with a one-line explanation, or null when not available.</summary>
    (int Score, string Explanation)? DataQuality(int providerId);
}
