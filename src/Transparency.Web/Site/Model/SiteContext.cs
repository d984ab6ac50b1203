using Transparency.Web.Site.Markdown;

namespace Transparency.Web.Site.Model;

/// <summary>
/// What every page shares: the site's address, the demonstration notice, the footer's content pages, and the licence
/// the data is published under (the catalogue's, <c>Feeds:LicenceUrl</c>, so page markup and DCAT agree).
/// </summary>
public sealed record SiteContext(string BaseUrl, string? DemoNotice, IReadOnlyList<MarkdownPage> ContentPages, DateTime AsOf, string Licence)
{
    /// <summary>The folder of stylesheets, scripts and icons the pages link to; their addresses carry its files' versions.</summary>
    public string? WebRoot { get; init; }

    public string Absolute(string url) => BaseUrl.TrimEnd('/') + url;

    /// <summary>An asset's address with its content's version (<see cref="Serving.AssetFingerprints"/>), so browsers may keep it for a year.</summary>
    public string Asset(string address) => WebRoot is null ? address : Serving.AssetFingerprints.Url(WebRoot, address);
}
