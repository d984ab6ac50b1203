using System.ComponentModel;
using Transparency.Web.Domain;

namespace Transparency.Web.Api.Model;

[Description("Money a provider received from government under one contract in one quarter, from current published returns.")]
public sealed class Funding
{
    [Description("The portal's number for the row.")]
    public long Id { get; set; }

    [Description("The number of the published return version the row comes from.")]
    public int ReturnVersionId { get; set; }

    [Description("The published return version the row comes from.")]
    public ReturnVersion? ReturnVersion { get; set; }

    [Description("The number of the contract the row is about.")]
    public int ContractId { get; set; }

    [Description("The contract the row is about.")]
    public Contract? Contract { get; set; }

    [Description("The UK financial-year quarter, such as '2025-26 Q2' (July to September 2025). Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("The first day of the quarter, for ordering and date filters.")]
    public DateOnly QuarterStart { get; set; }

    [Description("The financial year, such as '2025-26' (1 April 2025 to 31 March 2026).")]
    public required string FinancialYear { get; set; }

    [Description("Fee, OutcomePayment, Grant or ServiceCreditDeduction.")]
    public PaymentType PaymentType { get; set; }

    [Description("The amount in pounds, exact to the penny. A service-credit deduction is negative.")]
    public decimal Amount { get; set; }

    [Description("What the payment was for.")]
    public string? Description { get; set; }
}
