namespace Transparency.Web.Feeds;

/// <summary>
/// One way to get a published dataset: a bulk file (<see cref="IsDownload"/>), an API entity set or a feed.
/// <see cref="Path"/> is site-relative; each writer makes it absolute with the portal's public address.
/// </summary>
public sealed record PublicDistribution(string Title, string Path, string MediaType, bool IsDownload)
{
    /// <summary>The API that answers an access URL (the OData service), for DCAT's accessService.</summary>
    public string? Service { get; init; }
}
