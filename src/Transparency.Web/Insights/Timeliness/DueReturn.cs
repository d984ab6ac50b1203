namespace Transparency.Web.Insights.Timeliness;

/// <summary>A return a provider owed for a quarter whose deadline has passed, with its first publication if any.</summary>
internal sealed class DueReturn
{
    public int ProviderId { get; init; }

    public int QuarterCode { get; init; }

    /// <summary>The published return, or null when it is missing.</summary>
    public int? ReturnId { get; init; }

    public DateTime? FirstPublishedAt { get; init; }

    /// <summary>Days from the deadline to first publication (negative when early); null when missing.</summary>
    public int? DaysAfterDeadline { get; init; }
}
