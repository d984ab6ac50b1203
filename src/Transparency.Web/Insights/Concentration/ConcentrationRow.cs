using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Concentration;

/// <summary>How concentrated a market's published funding is among parent groups.</summary>
public sealed class ConcentrationRow
{
    /// <summary>"all", a sector name, or the commissioner's organisation identifier.</summary>
    [Key]
    public required string MarketKey { get; init; }

    public required string MarketName { get; init; }

    public long FundingPence { get; init; }

    public int Groups { get; init; }

    /// <summary>Herfindahl–Hirschman Index: the sum of the squared percentage shares, 0 to 10,000.</summary>
    public double Hhi { get; init; }

    /// <summary>The five largest groups' combined percentage share (0–100).</summary>
    public double TopFiveSharePercent { get; init; }

    /// <summary>See <see cref="ConcentrationBands"/>: "Low", "Moderate" or "High".</summary>
    public required string Band { get; init; }
}
