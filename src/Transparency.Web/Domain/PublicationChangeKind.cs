namespace Transparency.Web.Domain;

public enum PublicationChangeKind
{
    /// <summary>Version 1 of a return became public.</summary>
    Published,

    /// <summary>Version N+1 superseded version N.</summary>
    Restated,

    /// <summary>An administrator withdrew a version; an earlier version may be public again.</summary>
    Withdrawn,
}
