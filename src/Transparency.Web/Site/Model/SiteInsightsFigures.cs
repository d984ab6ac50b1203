using Transparency.Web.Site.InsightPages;

namespace Transparency.Web.Site.Model;

/// <summary>
/// The insights one build shows: each provider's data-quality score (providers in scope) and, on a full
/// build only, the figures for the insights pages (null on an incremental build, which leaves those pages alone).
/// </summary>
public sealed record SiteInsightsFigures(IReadOnlyDictionary<int, DataQualityScore> DataQuality, InsightsFigures? Pages)
{
    public static SiteInsightsFigures None { get; } = new(new Dictionary<int, DataQualityScore>(), null);
}

/// <summary>A provider's data-quality score out of 100 and a one-line explanation of what it covers.</summary>
public sealed record DataQualityScore(int Score, string Explanation);
