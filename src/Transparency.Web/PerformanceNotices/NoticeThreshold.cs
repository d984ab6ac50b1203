namespace Transparency.Web.PerformanceNotices;

/// <summary>
/// The Procurement Act 2023 s.52 threshold: a contract with a value of more than £5 million must have at least three
/// KPIs and a performance notice at least once every 12 months.
/// </summary>
public static class NoticeThreshold
{
    public const long ThresholdPence = 500_000_000;

    public const int MinimumKpis = 3;

    /// <summary>True over £5 million, false at or under it, null when the value is not stated.</summary>
    public static bool? IsOver(long? valuePence) => valuePence is { } pence ? pence > ThresholdPence : null;
}
