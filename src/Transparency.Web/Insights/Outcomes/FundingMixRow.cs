using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Outcomes;

/// <summary>Published funding by payment type: how much was paid for results rather than as fees or grants.</summary>
public sealed class FundingMixRow
{
    /// <summary>Contract reference, organisation identifier (org-id), sector name, or "all".</summary>
    [Key]
    public required string Key { get; init; }

    public required string Name { get; init; }

    public long FeePence { get; init; }

    public long OutcomePaymentPence { get; init; }

    public long GrantPence { get; init; }

    /// <summary>Service-credit deductions, negative.</summary>
    public long ServiceCreditPence { get; init; }

    /// <summary>Fees, outcome payments and grants, before deductions: the base of the shares.</summary>
    public long GrossPence { get; init; }

    /// <summary>Outcome payments as a percentage of <see cref="GrossPence"/> (0–100); null when nothing was paid.</summary>
    public double? OutcomePaymentShare { get; init; }

    public double? FeeShare { get; init; }

    public double? GrantShare { get; init; }
}
