namespace Transparency.Web.Links;

/// <summary>
/// Absolute addresses for feeds, packages and the catalogue: a path from <see cref="SiteUrls"/> or
/// <see cref="ODataLinks"/> on the portal's public base address (<c>Feeds:PublicBaseUrl</c>).
/// </summary>
public sealed class PublicLinks(Uri baseUrl)
{
    public Uri Base { get; } = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    public Uri Absolute(string path) => new(Base, path.TrimStart('/'));
}
