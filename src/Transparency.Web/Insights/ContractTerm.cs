namespace Transparency.Web.Insights;

/// <summary>A contract's provider and the first and last quarters its term touches, as quarter codes.</summary>
internal sealed class ContractTerm
{
    public int ContractId { get; init; }

    public int ProviderId { get; init; }

    public int FirstQuarterCode { get; init; }

    public int LastQuarterCode { get; init; }
}
