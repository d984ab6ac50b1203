namespace Transparency.Web.Domain;

/// <summary>How a provider's return for a quarter stands against its deadline: the one verdict every page, report and API shows.</summary>
public enum TimelinessStatus
{
    /// <summary>First published on or before the deadline.</summary>
    OnTime,

    /// <summary>First published after the deadline.</summary>
    Late,

    /// <summary>Nothing public yet, and the deadline has passed.</summary>
    Missing,

    /// <summary>Nothing public yet, but the deadline has not passed.</summary>
    NotYetDue,
}
