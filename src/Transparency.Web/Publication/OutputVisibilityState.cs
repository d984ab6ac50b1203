namespace Transparency.Web.Publication;

public enum OutputVisibilityState
{
    /// <summary>The output has applied the entry.</summary>
    Shown,

    /// <summary>The entry is committed and the output is catching up with it.</summary>
    BeingAdded,

    /// <summary>The output does not exist yet in this instance.</summary>
    NotBuilt,
}
