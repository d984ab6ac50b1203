using System.Linq.Expressions;
using Transparency.Web.Api.Insights.Model;
using Transparency.Web.Insights.Concentration;
using Transparency.Web.Insights.Outcomes;
using Transparency.Web.Insights.Subcontracting;
using static Transparency.Web.Api.Insights.InsightValues;

namespace Transparency.Web.Api.Insights;

/// <summary>The money-based insight rows as the API shows them: pounds, not pence; percentages to 2 decimal places.</summary>
public static class MoneyInsightProjections
{
    public static readonly Expression<Func<GroupReachRow, GroupReach>> Reach = Inline((GroupReachRow r) => new GroupReach
    {
        GroupKey = r.GroupKey,
        GroupName = r.GroupName,
        Providers = r.Providers,
        Contracts = r.Contracts,
        Commissioners = r.Commissioners,
        Sectors = r.Sectors,
        Funding = Pounds(r.FundingPence),
    });

    public static readonly Expression<Func<SubcontractingRow, Subcontracting>> Passed = Inline((SubcontractingRow r) => new Subcontracting
    {
        ProviderId = r.ProviderId,
        ProviderIdentifier = r.ProviderIdentifier,
        ProviderName = r.ProviderName,
        Funding = Pounds(r.FundingPence),
        Subcontracted = Pounds(r.SubcontractedPence),
        SubcontractedShare = Rounded(r.SubcontractedShare),
        Sme = Pounds(r.SmePence),
        SmeShare = Rounded(r.SmeShare),
        Vcse = Pounds(r.VcsePence),
        VcseShare = Rounded(r.VcseShare),
        Subcontractors = r.Subcontractors,
    });

    public static readonly Expression<Func<SubcontractingChainRow, SubcontractingChain>> Links = Inline((SubcontractingChainRow r) => new SubcontractingChain
    {
        ProviderId = r.ProviderId,
        SubcontractorId = r.SubcontractorId,
        ProviderName = r.ProviderName,
        SubcontractorName = r.SubcontractorName,
        Paid = Pounds(r.PaidPence),
        SubcontractorIsProvider = r.SubcontractorIsProvider,
        SubcontractorSubcontracts = r.SubcontractorSubcontracts,
    });

    public static Expression<Func<FundingMixRow, FundingMix>> Mix(string level) => Inline((FundingMixRow r) => new FundingMix
    {
        Level = level,
        Key = r.Key,
        Name = r.Name,
        Fee = Pounds(r.FeePence),
        OutcomePayment = Pounds(r.OutcomePaymentPence),
        Grant = Pounds(r.GrantPence),
        ServiceCredit = Pounds(r.ServiceCreditPence),
        Gross = Pounds(r.GrossPence),
        OutcomePaymentShare = Rounded(r.OutcomePaymentShare),
        FeeShare = Rounded(r.FeeShare),
        GrantShare = Rounded(r.GrantShare),
    });

    public static Expression<Func<MarketShareRow, MarketShare>> Share(string market) => Inline((MarketShareRow r) => new MarketShare
    {
        Market = market,
        MarketKey = r.MarketKey,
        GroupKey = r.GroupKey,
        GroupName = r.GroupName,
        Funding = Pounds(r.FundingPence),
        MarketFunding = Pounds(r.MarketFundingPence),
        SharePercent = Rounded(r.SharePercent),
    });

    public static Expression<Func<ConcentrationRow, Concentration>> Market(string market) => Inline((ConcentrationRow r) => new Concentration
    {
        Market = market,
        MarketKey = r.MarketKey,
        MarketName = r.MarketName,
        Funding = Pounds(r.FundingPence),
        Groups = r.Groups,
        Hhi = Rounded(r.Hhi),
        TopFiveSharePercent = Rounded(r.TopFiveSharePercent),
        Band = r.Band,
    });
}
