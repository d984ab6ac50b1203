namespace Transparency.Web.Site.Model;

/// <summary>
/// Which part of the site a build covers: everything, or what one provider's publication touches (its pages,
/// its contracts, their commissioners, sectors and subcontractors, and the site-wide indexes).
/// </summary>
public sealed record SiteScope(IReadOnlySet<int>? ProviderIds)
{
    public static SiteScope Everything { get; } = new((IReadOnlySet<int>?)null);

    public bool IsEverything => ProviderIds is null;

    public static SiteScope ForProvider(int providerId) => new(new HashSet<int> { providerId });
}
