namespace Transparency.Web.Domain;

/// <summary>Money a provider received from government under one contract in the quarter.</summary>
public class FundingRecord
{
    public long Id { get; set; }

    public int ReturnVersionId { get; set; }

    public ReturnVersion? ReturnVersion { get; set; }

    public int ContractId { get; set; }

    public Contract? Contract { get; set; }

    /// <summary>Copied from the return so that period filters need no join.</summary>
    public int QuarterCode { get; set; }

    public PaymentType PaymentType { get; set; }

    /// <summary>In pence; a service-credit deduction is negative.</summary>
    public long AmountPence { get; set; }

    public string? Description { get; set; }
}
