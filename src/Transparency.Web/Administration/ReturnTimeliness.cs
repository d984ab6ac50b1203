namespace Transparency.Web.Administration;

public enum ReturnTimeliness
{
    /// <summary>First published on or before the due date.</summary>
    OnTime,

    /// <summary>First published after the due date.</summary>
    Late,

    /// <summary>Not published and the due date has passed.</summary>
    Missing,

    /// <summary>Not published yet, but not due yet either.</summary>
    NotYetDue,
}
