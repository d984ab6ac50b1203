namespace Transparency.BrowserTests;

[CollectionDefinition(Name)]
/// <summary>
/// The built static site and the running portal, each started once for every browser test: the journeys on the public
/// site run against both (search is the portal's own), the upload journey against the portal.
/// </summary>
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>, ICollectionFixture<PortalServer>
{
    public const string Name = "Built site";
}
