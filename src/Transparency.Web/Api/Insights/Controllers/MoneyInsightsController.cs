using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Transparency.Web.Api.Insights.Model;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Query;
using Transparency.Web.Insights;
using Transparency.Web.Insights.Concentration;
using Transparency.Web.Insights.Outcomes;
using Transparency.Web.Insights.Subcontracting;

namespace Transparency.Web.Api.Insights.Controllers;

/// <summary>
/// The views that add up money over a period. Each set covers every published quarter; its function
/// (FundingMixFor(period='2025-26'), ...) returns the same rows for one quarter or financial year.
/// </summary>
[InsightDeadline]
public sealed class MoneyInsightsController(OutcomeInsights outcomes, ConcentrationInsights concentration, SubcontractingInsights subcontracting)
    : PublicController
{
    [HttpGet("odata/FundingMix")]
    [HttpGet("odata/FundingMix/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<FundingMix>>(StatusCodes.Status200OK)]
    public IQueryable<FundingMix> GetFundingMix() => FundingMixes(InsightsPeriod.All);

    [HttpGet("odata/FundingMixFor(period={period})")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<FundingMix>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status400BadRequest)]
    public IActionResult FundingMixFor(string period) => For(period, FundingMixes);

    [HttpGet("odata/MarketShares")]
    [HttpGet("odata/MarketShares/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<MarketShare>>(StatusCodes.Status200OK)]
    public IQueryable<MarketShare> GetMarketShares() => MarketShares(InsightsPeriod.All);

    [HttpGet("odata/MarketSharesFor(period={period})")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<MarketShare>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status400BadRequest)]
    public IActionResult MarketSharesFor(string period) => For(period, MarketShares);

    [HttpGet("odata/Concentration")]
    [HttpGet("odata/Concentration/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<Concentration>>(StatusCodes.Status200OK)]
    public IQueryable<Concentration> GetConcentration() => Concentrations(InsightsPeriod.All);

    [HttpGet("odata/ConcentrationFor(period={period})")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<Concentration>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status400BadRequest)]
    public IActionResult ConcentrationFor(string period) => For(period, Concentrations);

    [HttpGet("odata/GroupReach")]
    [HttpGet("odata/GroupReach/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<GroupReach>>(StatusCodes.Status200OK)]
    public IQueryable<GroupReach> GetGroupReach() => GroupReach(InsightsPeriod.All);

    [HttpGet("odata/GroupReachFor(period={period})")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<GroupReach>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status400BadRequest)]
    public IActionResult GroupReachFor(string period) => For(period, GroupReach);

    [HttpGet("odata/Subcontracting")]
    [HttpGet("odata/Subcontracting/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<Subcontracting>>(StatusCodes.Status200OK)]
    public IQueryable<Subcontracting> GetSubcontracting() => Subcontracting(InsightsPeriod.All);

    [HttpGet("odata/SubcontractingFor(period={period})")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<Subcontracting>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status400BadRequest)]
    public IActionResult SubcontractingFor(string period) => For(period, Subcontracting);

    [HttpGet("odata/SubcontractingChains")]
    [HttpGet("odata/SubcontractingChains/$count")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<SubcontractingChain>>(StatusCodes.Status200OK)]
    public IQueryable<SubcontractingChain> GetSubcontractingChains() => Chains(InsightsPeriod.All);

    [HttpGet("odata/SubcontractingChainsFor(period={period})")]
    [PublicQuery(AllowedQueryOptions = InsightQueryOptions.Allowed)]
    [ProducesResponseType<ODataPage<SubcontractingChain>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ODataErrorBody>(StatusCodes.Status400BadRequest)]
    public IActionResult SubcontractingChainsFor(string period) => For(period, Chains);

    private IActionResult For<T>(string period, Func<InsightsPeriod, IQueryable<T>> query) =>
        InsightsPeriodParameter.TryParse(period, out var parsed, out var error) ? Ok(query(parsed)) : InsightErrors.BadParameter(error);

    private IQueryable<FundingMix> FundingMixes(InsightsPeriod period) =>
        FilteredLevel.Union(
            Request,
            FilteredLevel.Level,
            (InsightLevels.Contract, outcomes.FundingMixByContract(period).Select(Mix(InsightLevels.Contract))),
            (InsightLevels.Provider, outcomes.FundingMixByProvider(period).Select(Mix(InsightLevels.Provider))),
            (InsightLevels.Commissioner, outcomes.FundingMixByCommissioner(period).Select(Mix(InsightLevels.Commissioner))),
            (InsightLevels.Sector, outcomes.FundingMixBySector(period).Select(Mix(InsightLevels.Sector))),
            (InsightLevels.Overall, outcomes.FundingMixOverall(period).Select(Mix(InsightLevels.Overall))));

    private IQueryable<MarketShare> MarketShares(InsightsPeriod period) =>
        FilteredLevel.Union(
            Request,
            FilteredLevel.Market,
            (InsightLevels.Overall, concentration.SharesOverall(period).Select(Share(InsightLevels.Overall))),
            (InsightLevels.Sector, concentration.SharesBySector(period).Select(Share(InsightLevels.Sector))),
            (InsightLevels.Commissioner, concentration.SharesByCommissioner(period).Select(Share(InsightLevels.Commissioner))));

    private IQueryable<Concentration> Concentrations(InsightsPeriod period) =>
        FilteredLevel.Union(
            Request,
            FilteredLevel.Market,
            (InsightLevels.Overall, concentration.Overall(period).Select(Market(InsightLevels.Overall))),
            (InsightLevels.Sector, concentration.BySector(period).Select(Market(InsightLevels.Sector))),
            (InsightLevels.Commissioner, concentration.ByCommissioner(period).Select(Market(InsightLevels.Commissioner))));

    private IQueryable<GroupReach> GroupReach(InsightsPeriod period) => concentration.GroupReach(period).Select(InsightProjection.Of<GroupReachRow, GroupReach>());

    private IQueryable<Subcontracting> Subcontracting(InsightsPeriod period) => subcontracting.Providers(period).Select(InsightProjection.Of<SubcontractingRow, Subcontracting>());

    private IQueryable<SubcontractingChain> Chains(InsightsPeriod period) => subcontracting.Chains(period).Select(InsightProjection.Of<SubcontractingChainRow, SubcontractingChain>());

    private static Expression<Func<FundingMixRow, FundingMix>> Mix(string level) => InsightProjection.Of<FundingMixRow, FundingMix>(nameof(FundingMix.Level), level);

    private static Expression<Func<MarketShareRow, MarketShare>> Share(string market) => InsightProjection.Of<MarketShareRow, MarketShare>(nameof(MarketShare.Market), market);

    private static Expression<Func<ConcentrationRow, Concentration>> Market(string market) => InsightProjection.Of<ConcentrationRow, Concentration>(nameof(Concentration.Market), market);
}
