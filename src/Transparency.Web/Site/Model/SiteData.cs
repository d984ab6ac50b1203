using Transparency.Web.Site.Markdown;

namespace Transparency.Web.Site.Model;

/// <summary>
/// What one build read from the database, as a few read models each with one job (<see cref="SiteRegistry"/>,
/// <see cref="SiteFacts"/>, <see cref="SiteReturns"/>, <see cref="SiteSummaries"/>) beside the build's scope and
/// period. Each page source picks out the ones it reads (<see cref="Build.PageSource{TInputs}"/>) and hands each page
/// model only those; facts cover the contracts in scope and the site's window of recent quarters.
/// </summary>
public sealed class SiteData
{
    public required SiteScope Scope { get; init; }

    /// <summary>The moment the site describes, its deadline rule and the quarters its pages show.</summary>
    public required SitePeriod Period { get; init; }

    public string? DemoNotice { get; init; }

    public required SiteRegistry Registry { get; init; }

    public required SiteFacts Facts { get; init; }

    public required SiteReturns Returns { get; init; }

    public required SiteSummaries Summaries { get; init; }

    public IReadOnlyList<MarkdownPage> Content { get; set; } = [];

    /// <summary>Ready contract performance notices and the Act's coverage (set after the site's own data is read).</summary>
    public SiteNotices Notices { get; set; } = SiteNotices.None;

    /// <summary>What the insights slice computed for this build (set after the site's own data is read).</summary>
    public SiteInsightsFigures Insights { get; set; } = SiteInsightsFigures.None;
}
