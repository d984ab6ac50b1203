using Transparency.Web.Site.Markdown;

namespace Transparency.Web.Site.Model;

/// <summary>What every page's layout shares: the site's address, the demonstration notice and the footer's content pages.</summary>
public sealed record SiteContext(string BaseUrl, string? DemoNotice, IReadOnlyList<MarkdownPage> ContentPages, DateTime AsOf)
{
    public string Absolute(string url) => BaseUrl.TrimEnd('/') + url;
}
