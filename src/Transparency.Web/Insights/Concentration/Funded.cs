namespace Transparency.Web.Insights.Concentration;

/// <summary>A published funding line with the market it belongs to and the group that received it.</summary>
internal sealed class Funded
{
    public required string MarketKey { get; init; }

    public required string MarketName { get; init; }

    public required string GroupKey { get; init; }

    public required string GroupName { get; init; }

    public long AmountPence { get; init; }
}
