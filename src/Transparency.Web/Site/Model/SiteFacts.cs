namespace Transparency.Web.Site.Model;

/// <summary>
/// What the contracts in scope reported over the site's window: funding, KPI results and satisfaction by contract,
/// and the last year's subcontract payments. Pages that show figures for a contract or organisation read this.
/// </summary>
public sealed class SiteFacts
{
    public required ILookup<int, FundingPoint> FundingByContract { get; init; }

    public required ILookup<int, KpiPoint> KpiResultsByContract { get; init; }

    public required ILookup<int, SatisfactionPoint> SatisfactionByContract { get; init; }

    public required IReadOnlyList<SubcontractLine> Subcontracts { get; init; }

    /// <summary>Organisations paid as subcontractors in the last year; for a scoped build, only those in scope.</summary>
    public required IReadOnlySet<int> SubcontractorIds { get; init; }

    public ILookup<int, SubcontractLine> SubcontractsByContract => _subByContract ??= Subcontracts.ToLookup(s => s.ContractId);

    public ILookup<int, SubcontractLine> SubcontractsBySubcontractor => _subBySub ??= Subcontracts.ToLookup(s => s.SubcontractorId);

    private ILookup<int, SubcontractLine>? _subByContract;
    private ILookup<int, SubcontractLine>? _subBySub;
}
