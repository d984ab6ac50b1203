using Transparency.Web.Insights.Cohorts;
using Transparency.Web.Insights.Concentration;
using Transparency.Web.Insights.Outcomes;
using Transparency.Web.Insights.Regions;
using Transparency.Web.Insights.Subcontracting;
using Transparency.Web.Insights.Timeliness;

namespace Transparency.Web.Site.InsightPages;

/// <summary>The rows the insights pages show, read from the insights services in one go before rendering.</summary>
public sealed record InsightsFigures(
    string PeriodLabel,
    IReadOnlyList<ConcentrationRow> Concentration,
    IReadOnlyList<MarketShareRow> LargestGroups,
    IReadOnlyList<KpiMixRow> KpiMixBySector,
    IReadOnlyList<FundingMixRow> FundingMix,
    IReadOnlyList<SubcontractingRow> Subcontracting,
    IReadOnlyList<SubcontractingChainRow> Chains,
    IReadOnlyList<CohortGapRow> CohortGaps,
    IReadOnlyList<RegionalVariationRow> Regions,
    IReadOnlyList<QuarterTimelinessRow> Timeliness);
