namespace Transparency.Web.Domain;

/// <summary>
/// The current published funding of one contract in one quarter for one payment type, added up: what the API's
/// aggregations over funding read instead of every line (see <c>Api/Totals</c>). Derived, never edited: the
/// funding-totals projection rewrites a contract's rows from the published lines whenever the log names it.
/// </summary>
public class FundingTotal
{
    public int ContractId { get; set; }

    /// <summary>The quarter as its sortable code (20252 for 2025-26 Q2).</summary>
    public int QuarterCode { get; set; }

    public PaymentType PaymentType { get; set; }

    public long AmountPence { get; set; }

    /// <summary>How many published lines were added up.</summary>
    public int Lines { get; set; }
}
