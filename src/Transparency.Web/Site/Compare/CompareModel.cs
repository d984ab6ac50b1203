using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Compare;

/// <summary>What the compare page shows: the providers chosen, their table, problems with the request, and ways to add more.</summary>
public sealed record CompareModel(
    IReadOnlyList<ProviderComparison> Providers,
    SiteTable? Table,
    IReadOnlyList<string> Problems,
    IReadOnlyList<(string Identifier, string Name)> Peers,
    string? Name,
    IReadOnlyList<(string Identifier, string Name)>? Matches)
{
    public IReadOnlyList<string> Identifiers => Providers.Select(p => p.Provider.Identifier).ToList();

    public bool CanAdd => Providers.Count < ReadComparison.MaxProviders;

    /// <summary>The address of this comparison with one more provider.</summary>
    public string With(string identifier) => CompareRequest.Url([.. Identifiers, identifier]);

    /// <summary>The address of this comparison without one of its providers.</summary>
    public string Without(string identifier) => CompareRequest.Url(Identifiers.Where(i => i != identifier));
}
