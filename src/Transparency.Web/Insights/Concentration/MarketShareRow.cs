using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Concentration;

/// <summary>One parent group's share of a market's published funding.</summary>
public sealed class MarketShareRow
{
    /// <summary>"all", a sector name, or the commissioner's organisation identifier.</summary>
    [Key]
    public required string MarketKey { get; init; }

    /// <summary>"group-{id}" for a parent group, or the organisation identifier of a provider with no parent group.</summary>
    [Key]
    public required string GroupKey { get; init; }

    public required string GroupName { get; init; }

    public long FundingPence { get; init; }

    public long MarketFundingPence { get; init; }

    /// <summary>Percentage of the market's funding (0–100).</summary>
    public double SharePercent { get; init; }
}
