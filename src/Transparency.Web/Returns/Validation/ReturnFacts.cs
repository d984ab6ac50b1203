using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Validation;

/// <summary>
/// Exactly the rows a publish writes: facts resolved to contract and KPI ids, not yet tied to a version.
/// The preview shows these; the publisher stores these.
/// </summary>
public sealed class ReturnFacts
{
    public List<FundingRecord> Funding { get; } = [];

    public List<KpiResult> KpiResults { get; } = [];

    public List<PlannedSubcontract> Subcontracts { get; } = [];

    public List<SatisfactionResult> Satisfaction { get; } = [];

    /// <summary>The provider's contracts by id, for names in previews.</summary>
    public Dictionary<int, ContractInfo> Contracts { get; } = [];

    public int LineCount => Funding.Count + KpiResults.Count + Subcontracts.Count + Satisfaction.Count;
}
