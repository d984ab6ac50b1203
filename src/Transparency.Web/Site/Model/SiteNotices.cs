using Transparency.Web.PerformanceNotices;

namespace Transparency.Web.Site.Model;

/// <summary>
/// What one build shows of contract performance notices: the ready notices of the contracts in scope, and every
/// contract that misses a duty of the Act on the site's date (for the coverage page, which every build rewrites).
/// </summary>
public sealed record SiteNotices(ILookup<int, PerformanceNotice> ByContract, IReadOnlyList<NoticeCoverageRow> Coverage)
{
    public static SiteNotices None { get; } = new(Array.Empty<PerformanceNotice>().ToLookup(n => n.ContractId), []);
}
