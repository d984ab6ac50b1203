using Transparency.Web.Domain;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>Each provider's page, its return history and a page per public return version; a scoped build writes only the providers in scope.</summary>
public sealed class ProviderPages : PageSource<ProviderPages.Inputs>
{
    /// <summary>What the provider pages read: the registry, the facts and returns of its contracts, and each provider's data-quality score.</summary>
    public sealed record Inputs(
        SiteScope Scope, SitePeriod Period, SiteRegistry Registry, SiteFacts Facts, SiteReturns Returns, IReadOnlyDictionary<int, DataQualityScore> DataQuality);

    protected override Inputs InputsFrom(SiteData data) => new(data.Scope, data.Period, data.Registry, data.Facts, data.Returns, data.Insights.DataQuality);

    public override IEnumerable<PageJob> Plan(Inputs inputs, SiteContext site)
    {
        var (period, registry, returns) = (inputs.Period, inputs.Registry, inputs.Returns);
        var providers = inputs.Scope.ProviderIds?.Where(id => registry.ContractsByProvider[id].Any()).Order()
            ?? registry.Contracts.Select(c => c.ProviderId).Distinct().Order();
        foreach (var id in providers)
        {
            var identifier = registry.Organisations[id].Identifier;
            yield return new PageJob(SiteUrls.Provider(identifier),
                () => ProviderModel.Create(period, registry, inputs.Facts, returns, inputs.DataQuality.GetValueOrDefault(id), site, id));
            yield return new PageJob(SiteUrls.ProviderReturns(identifier), () => ReturnHistoryModel.Create(period, registry, returns, id));
            foreach (var (row, version) in ReturnVersionModel.PagesOf(period, returns, id))
            {
                yield return new PageJob(SiteUrls.ReturnVersion(identifier, Quarter.FromCode(row.QuarterCode), version.VersionNumber!.Value),
                    () => ReturnVersionModel.Create(registry, inputs.Facts, returns, row, version));
            }
        }
    }
}
