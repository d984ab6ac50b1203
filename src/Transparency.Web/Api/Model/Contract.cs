using System.ComponentModel;
using Transparency.Web.Domain;

namespace Transparency.Web.Api.Model;

[Description("A contract for a public service, let by a commissioner to a provider.")]
public sealed class Contract
{
    [Description("The portal's number for the contract.")]
    public int Id { get; set; }

    [Description("The portal's stable reference for the contract, used in URLs and files.")]
    public required string Reference { get; set; }

    [Description("The contract's title.")]
    public required string Title { get; set; }

    [Description("What the contract is for.")]
    public string? Description { get; set; }

    [Description("The number of the organisation that let the contract.")]
    public int CommissionerId { get; set; }

    [Description("The organisation that let the contract.")]
    public Organisation? Commissioner { get; set; }

    [Description("The number of the organisation that delivers the contract.")]
    public int ProviderId { get; set; }

    [Description("The organisation that delivers the contract.")]
    public Organisation? Provider { get; set; }

    [Description("Health, SocialCare, Justice, Employment, Housing, Education or Other.")]
    public Sector Sector { get; set; }

    [Description("The first day of the contract.")]
    public DateOnly StartDate { get; set; }

    [Description("The last day of the contract.")]
    public DateOnly EndDate { get; set; }

    [Description("The contract's total value over its whole term, in pounds, exact to the penny; null when not stated.")]
    public decimal? TotalValue { get; set; }

    [Description("Block, FeeForService, PaymentByResults or Grant.")]
    public PaymentModel PaymentModel { get; set; }

    [Description("For payment by results: the share of the price paid only when outcomes are achieved, from 0 to 100.")]
    public double? OutcomePaymentSharePercent { get; set; }

    [Description("The OCDS ocid of the procurement, when one was published.")]
    public string? Ocid { get; set; }

    [Description("A link to the Contracts Finder or Find a Tender notice.")]
    public string? NoticeUrl { get; set; }

    [Description("The key performance indicators written into the contract.")]
    public List<KpiDefinition> Kpis { get; set; } = [];

    [Description("Funding received under the contract, from current published returns.")]
    public List<Funding> Funding { get; set; } = [];

    [Description("KPI results reported under the contract, from current published returns.")]
    public List<KpiResult> KpiResults { get; set; } = [];

    [Description("Work passed to subcontractors under the contract, from current published returns.")]
    public List<Subcontract> Subcontracts { get; set; } = [];

    [Description("User satisfaction reported under the contract, from current published returns.")]
    public List<Satisfaction> Satisfaction { get; set; } = [];
}
