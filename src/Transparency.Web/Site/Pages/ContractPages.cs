using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>One page per contract; a scoped build writes the contracts of the providers in scope.</summary>
public sealed class ContractPages : PageSource<ContractPages.Inputs>
{
    /// <summary>
    /// What the contract pages read: the registry, the contract's facts and its provider's returns, the KPIs' peer
    /// benchmarks, the contract's notices and its provider's data-quality score.
    /// </summary>
    public sealed record Inputs(
        SiteScope Scope, SitePeriod Period, SiteRegistry Registry, SiteFacts Facts, SiteReturns Returns, SiteSummaries Summaries,
        SiteNotices Notices, IReadOnlyDictionary<int, DataQualityScore> DataQuality);

    protected override Inputs InputsFrom(SiteData data) =>
        new(data.Scope, data.Period, data.Registry, data.Facts, data.Returns, data.Summaries, data.Notices, data.Insights.DataQuality);

    public override IEnumerable<PageJob> Plan(Inputs inputs, SiteContext site) =>
        inputs.Registry.Contracts.Where(c => inputs.Scope.ProviderIds?.Contains(c.ProviderId) ?? true)
            .Select(c => new PageJob(SiteUrls.Contract(c.Reference), () => ContractModel.Create(
                inputs.Period, inputs.Registry, inputs.Facts, inputs.Returns, inputs.Summaries, site, c,
                inputs.Notices.ByContract[c.Id].ToList(), inputs.DataQuality.GetValueOrDefault(c.ProviderId))));
}
