namespace Transparency.Web.Domain;

/// <summary>Work a provider passed to a subcontractor under one contract, as reported for the quarter.</summary>
public class SubcontractRecord
{
    public long Id { get; set; }

    public int ReturnVersionId { get; set; }

    public ReturnVersion? ReturnVersion { get; set; }

    public int ContractId { get; set; }

    public Contract? Contract { get; set; }

    public int QuarterCode { get; set; }

    public int SubcontractorId { get; set; }

    public Organisation? Subcontractor { get; set; }

    public required string Service { get; set; }

    public long ValuePaidInQuarterPence { get; set; }

    /// <summary>The subcontract's total value over its term, in pence; null when the provider does not know it.</summary>
    public long? TotalValuePence { get; set; }

    /// <summary>The provider's rating of the subcontractor, where practical.</summary>
    public KpiRating? PerformanceRating { get; set; }
}
