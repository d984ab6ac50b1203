namespace Transparency.Web.Insights.Timeliness;

/// <summary>What happened to a return that was due.</summary>
public static class TimelinessStatus
{
    /// <summary>First published on or before the deadline (UK date of publication).</summary>
    public const string OnTime = "OnTime";

    /// <summary>First published after the deadline.</summary>
    public const string Late = "Late";

    /// <summary>No published version yet, although the deadline has passed.</summary>
    public const string Missing = "Missing";
}
