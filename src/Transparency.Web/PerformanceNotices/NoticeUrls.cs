namespace Transparency.Web.PerformanceNotices;

/// <summary>The public addresses of a ready notice, beside its contract's page on the site (built on <see cref="SiteUrls"/>).</summary>
public static class NoticeUrls
{
    /// <summary>The readable summary: <c>/contracts/{reference}/performance-notices/2025-26-q1/</c>.</summary>
    public static string SummaryPage(string contractReference, AssessmentPeriod period) =>
        SiteUrls.Contract(contractReference) + FromContractPage(period);

    /// <summary>The summary page's address relative to the contract's page, so the contract page can link to the summary's CSV files.</summary>
    public static string FromContractPage(AssessmentPeriod period) => $"performance-notices/{period.Slug}/";

    /// <summary>The site page listing, per commissioner, the contracts that miss a duty of the Act.</summary>
    public const string CoveragePage = "/insights/performance-notice-coverage/";

    /// <summary>The content page with the rule and the Act's duties (content/performance-notices.md).</summary>
    public const string MethodPage = "/performance-notices/";
}
