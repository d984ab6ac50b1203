namespace Transparency.Web.Domain;

public class Contract
{
    public int Id { get; set; }

    /// <summary>The portal's stable reference for the contract, used in URLs and files.</summary>
    public required string Reference { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public int CommissionerId { get; set; }

    public Organisation? Commissioner { get; set; }

    public int ProviderId { get; set; }

    public Organisation? Provider { get; set; }

    public Sector Sector { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>Total contract value over its whole term, in pence.</summary>
    public long TotalValuePence { get; set; }

    public PaymentModel PaymentModel { get; set; }

    /// <summary>For payment by results: the share of the price paid only when outcomes are achieved (0–100).</summary>
    public double? OutcomePaymentSharePercent { get; set; }

    /// <summary>The OCDS ocid of the procurement, when one was published.</summary>
    public string? Ocid { get; set; }

    /// <summary>Link to the Contracts Finder or Find a Tender notice.</summary>
    public string? NoticeUrl { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<ContractArea> Areas { get; set; } = [];

    public List<KpiDefinition> Kpis { get; set; } = [];

    public bool IsActiveIn(Quarter quarter) => StartDate <= quarter.EndDate && EndDate >= quarter.StartDate;
}
