namespace Transparency.Web.Insights;

/// <summary>Published money on one contract: one funding or subcontract line, or a contract's total for a period.</summary>
internal sealed class ContractAmount
{
    public int ContractId { get; init; }

    public long AmountPence { get; init; }
}
