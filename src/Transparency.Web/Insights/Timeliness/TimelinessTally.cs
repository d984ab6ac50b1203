namespace Transparency.Web.Insights.Timeliness;

/// <summary>Counts over a set of due returns (one quarter's or one provider's), from which the rates follow.</summary>
internal sealed class TimelinessTally
{
    public int Key { get; init; }

    public int Due { get; init; }

    public int Returned { get; init; }

    public int OnTime { get; init; }

    /// <summary>Days late added up over the late returns.</summary>
    public int DaysLate { get; init; }
}
