using Transparency.Web.Domain;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>Each provider's page, its return history and a page per public return version; a scoped build writes only the providers in scope.</summary>
public sealed class ProviderPages : IPageSource
{
    public IEnumerable<PageJob> Plan(SiteData data, SiteContext site)
    {
        var providers = data.Scope.ProviderIds?.Where(id => data.Registry.ContractsByProvider[id].Any()).Order()
            ?? data.Registry.Contracts.Select(c => c.ProviderId).Distinct().Order();
        foreach (var id in providers)
        {
            var identifier = data.Registry.Organisations[id].Identifier;
            yield return new PageJob(SiteUrls.Provider(identifier), () => ProviderModel.Create(data, site, id));
            yield return new PageJob(SiteUrls.ProviderReturns(identifier), () => ReturnHistoryModel.Create(data, site, id));
            foreach (var (row, version) in ReturnVersionModel.PagesOf(data, id))
            {
                yield return new PageJob(SiteUrls.ReturnVersion(identifier, Quarter.FromCode(row.QuarterCode), version.VersionNumber!.Value),
                    () => ReturnVersionModel.Create(data, site, row, version));
            }
        }
    }
}
