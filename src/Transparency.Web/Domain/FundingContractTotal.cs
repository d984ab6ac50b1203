namespace Transparency.Web.Domain;

/// <summary>
/// The current published funding of one contract over every quarter for one payment type: the
/// <see cref="FundingTotal"/> rows of the contract added up again, for the questions that ask about all time (the
/// whole-history total by sector reads about 100,000 of these at national scale instead of 2 million lines).
/// </summary>
public class FundingContractTotal
{
    public int ContractId { get; set; }

    public PaymentType PaymentType { get; set; }

    public long AmountPence { get; set; }

    /// <summary>How many published lines were added up.</summary>
    public int Lines { get; set; }
}
