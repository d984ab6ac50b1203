namespace Transparency.Web.Feeds;

/// <summary>
/// A dataset the portal publishes, as the DCAT catalogue and the site's schema.org markup both describe it.
/// <see cref="Quarterly"/> datasets report on quarters (the catalogue gives their period); those that are also
/// <see cref="ByFinancialYear"/> come one financial year at a time too, and those files are parts of the dataset.
/// </summary>
public sealed record PublicDataset(string Name, string Title, string Description, bool Quarterly, bool ByFinancialYear, IReadOnlyList<PublicDistribution> Distributions)
{
    /// <summary>The dataset's identifier in /catalog.jsonld, which the site's markup reuses so both name the same thing.</summary>
    public string Id => $"/catalog.jsonld#{Name}";
}
