namespace Transparency.Web.Site;

/// <summary>The stand-in until the insights slice supplies its scores: no score, so the section is not shown.</summary>
public sealed class NoSiteInsights : ISiteInsights
{
    public (int Score, string Explanation)? DataQuality(int providerId) => null;
}
