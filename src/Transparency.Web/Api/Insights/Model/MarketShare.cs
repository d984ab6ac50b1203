using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("One parent group's share of a market's published funding (net of service credits). Filter on Market. MarketSharesFor(period=...) gives one quarter or financial year. See the methodology page, 'Market concentration'.")]
public sealed class MarketShare
{
    [Key]
    [Description("The kind of market: 'overall', 'sector' or 'commissioner'.")]
    public required string Market { get; set; }

    [Key]
    [Description("'all', the sector, or the commissioner's organisation identifier.")]
    public required string MarketKey { get; set; }

    [Key]
    [Description("'group-{number}' for a parent group, or the organisation identifier of a provider with no parent group.")]
    public required string GroupKey { get; set; }

    [Description("The group's name, or the provider's when it has no group.")]
    public required string GroupName { get; set; }

    [Description("The group's funding in the market, in pounds, exact to the penny.")]
    public decimal Funding { get; set; }

    [Description("All funding in the market, in pounds, exact to the penny.")]
    public decimal MarketFunding { get; set; }

    [Description("Funding as a percentage of MarketFunding (0 to 100), rounded to 2 decimal places.")]
    public decimal SharePercent { get; set; }
}
