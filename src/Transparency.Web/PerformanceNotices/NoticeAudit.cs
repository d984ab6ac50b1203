namespace Transparency.Web.PerformanceNotices;

/// <summary>The audit log's action names for notices, one place so pages, tests and the audit page agree.</summary>
public static class NoticeAudit
{
    public const string Draft = "draft performance notice";
    public const string ReadEvidence = "read performance notice evidence";
    public const string Accept = "accept notice rating";
    public const string Override = "override notice rating";
    public const string Ready = "mark performance notice ready";
    public const string Reopen = "reopen performance notice";
    public const string FindATender = "record Find a Tender notice";

    public static string Subject(string contractReference, AssessmentPeriod period) => $"{contractReference} {period}";
}
