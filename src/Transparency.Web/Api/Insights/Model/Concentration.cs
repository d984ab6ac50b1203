using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("How concentrated a market's published funding is among parent groups: the Herfindahl-Hirschman Index and the top-five share. Filter on Market. ConcentrationFor(period=...) gives one quarter or financial year. See the methodology page, 'Market concentration'.")]
public sealed class Concentration
{
    [Key]
    [Description("The kind of market: 'overall', 'sector' or 'commissioner'.")]
    public required string Market { get; set; }

    [Key]
    [Description("'all', the sector, or the commissioner's organisation identifier.")]
    public required string MarketKey { get; set; }

    [Description("'All contracts', the sector, or the commissioner's name.")]
    public required string MarketName { get; set; }

    [Description("All funding in the market, in pounds, exact to the penny.")]
    public decimal Funding { get; set; }

    [Description("Parent groups (or independent providers) funded in the market.")]
    public int Groups { get; set; }

    [Description("Herfindahl-Hirschman Index: the sum of the groups' squared percentage shares, 0 to 10,000, rounded to 2 decimal places.")]
    public decimal Hhi { get; set; }

    [Description("The five largest groups' combined percentage share (0 to 100), rounded to 2 decimal places.")]
    public decimal TopFiveSharePercent { get; set; }

    [Description("Low (HHI below 1,000), Moderate (1,000 to 2,000) or High (above 2,000).")]
    public required string Band { get; set; }
}
