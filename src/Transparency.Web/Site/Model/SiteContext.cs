using Transparency.Web.Site.Markdown;

namespace Transparency.Web.Site.Model;

/// <summary>
/// What every page shares: the site's address, the demonstration notice, the footer's content pages, and the licence
/// the data is published under (the catalogue's, <c>Feeds:LicenceUrl</c>, so page markup and DCAT agree).
/// </summary>
public sealed record SiteContext(string BaseUrl, string? DemoNotice, IReadOnlyList<MarkdownPage> ContentPages, DateTime AsOf, string Licence)
{
    public string Absolute(string url) => BaseUrl.TrimEnd('/') + url;
}
