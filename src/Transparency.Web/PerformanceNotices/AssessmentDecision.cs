namespace Transparency.Web.PerformanceNotices;

/// <summary>What the administrator did with a proposed rating. Stored by name.</summary>
public enum AssessmentDecision
{
    Pending,
    Accepted,
    Overridden,
}
