using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>One page per contract; a scoped build writes the contracts of the providers in scope.</summary>
public sealed class ContractPages : IPageSource
{
    public IEnumerable<PageJob> Plan(SiteData data, SiteContext site) =>
        data.Registry.Contracts.Where(c => data.Scope.ProviderIds?.Contains(c.ProviderId) ?? true)
            .Select(c => new PageJob(SiteUrls.Contract(c.Reference), () => ContractModel.Create(data, site, c)));
}
