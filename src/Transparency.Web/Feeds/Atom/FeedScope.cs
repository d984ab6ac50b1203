using System.Linq.Expressions;
using Transparency.Web.Domain;

namespace Transparency.Web.Feeds.Atom;

/// <summary>Which publications a feed carries (all, one provider's, one commissioner's, one sector's) and where it lives.</summary>
public sealed record FeedScope(
    string Key,
    string Title,
    string FeedPath,
    string PagePath,
    Expression<Func<ReturnVersion, bool>> Filter)
{
    /// <summary>/feeds/returns.atom becomes /feeds/returns/archive/3.atom.</summary>
    public string ArchivePath(int page) => $"{FeedPath[..^".atom".Length]}/archive/{page}.atom";
}
