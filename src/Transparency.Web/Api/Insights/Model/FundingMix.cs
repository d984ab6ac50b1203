using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("Published funding by payment type for a contract, provider, commissioner, sector or all contracts: how much was paid for results. Filter on Level. FundingMixFor(period=...) gives one quarter or financial year. See the methodology page, 'Outcome focus'.")]
public sealed class FundingMix
{
    [Key]
    [Description("What the row adds up: 'contract', 'provider', 'commissioner', 'sector' or 'overall'.")]
    public required string Level { get; set; }

    [Key]
    [Description("The contract reference, the organisation identifier (org-id), the sector, or 'all'.")]
    public required string Key { get; set; }

    [Description("The contract title, organisation name, sector, or 'All contracts'.")]
    public required string Name { get; set; }

    [Description("Fees, in pounds, exact to the penny.")]
    public decimal Fee { get; set; }

    [Description("Outcome payments (payment by results), in pounds, exact to the penny.")]
    public decimal OutcomePayment { get; set; }

    [Description("Grants, in pounds, exact to the penny.")]
    public decimal Grant { get; set; }

    [Description("Service-credit deductions, in pounds, negative.")]
    public decimal ServiceCredit { get; set; }

    [Description("Fees, outcome payments and grants before deductions, in pounds: the base of the shares.")]
    public decimal Gross { get; set; }

    [Description("Outcome payments as a percentage of Gross (0 to 100), rounded to 2 decimal places; empty when nothing was paid.")]
    public decimal? OutcomePaymentShare { get; set; }

    [Description("Fees as a percentage of Gross (0 to 100), rounded to 2 decimal places; empty when nothing was paid.")]
    public decimal? FeeShare { get; set; }

    [Description("Grants as a percentage of Gross (0 to 100), rounded to 2 decimal places; empty when nothing was paid.")]
    public decimal? GrantShare { get; set; }
}
