namespace Transparency.Web.PerformanceNotices;

/// <summary>Where a notice is in its review. Stored by name.</summary>
public enum PerformanceNoticeStatus
{
    /// <summary>Being reviewed: not public, its evidence can still be read again from the returns.</summary>
    Draft,

    /// <summary>Every assessment decided and marked ready by an administrator: public, its evidence fixed.</summary>
    Ready,
}
