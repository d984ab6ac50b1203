namespace Transparency.Web.Insights.Concentration;

/// <summary>One group's published funding within one market.</summary>
internal sealed class GroupTotal
{
    public required string MarketKey { get; init; }

    public required string MarketName { get; init; }

    public required string GroupKey { get; init; }

    public required string GroupName { get; init; }

    public long FundingPence { get; init; }
}
