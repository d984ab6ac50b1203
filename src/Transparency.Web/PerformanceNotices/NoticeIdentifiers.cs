using System.Text.RegularExpressions;

namespace Transparency.Web.PerformanceNotices;

/// <summary>Find a Tender notice identifiers (six digits, a hyphen and the year, as in <c>012345-2026</c>) and their public address.</summary>
public static partial class NoticeIdentifiers
{
    public const int FindATenderMaxLength = 20;

    public static bool IsFindATenderId(string text) => FindATenderId().IsMatch(text);

    public static Uri FindATenderUrl(string noticeId) => new($"https://www.find-tender.service.gov.uk/Notice/{noticeId}");

    [GeneratedRegex("^[0-9]{6}-[0-9]{4}$")]
    private static partial Regex FindATenderId();
}
