using System.Text.Json;
using Transparency.Web.Domain;
using Transparency.Web.PerformanceNotices;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>
/// A ready contract performance notice (UK9) as an OCDS implementation release: an <c>implementationNotice</c> document
/// (the summary page, and the Find a Tender notice once recorded) and, per KPI, an observation for the assessment
/// period whose <c>measureClassification</c> carries the UK extension's code (met, slightlyBelow, below,
/// significantlyBelow, other), with the override reason or the rule's explanation as its notes.
/// </summary>
public sealed class OcdsNoticeReleaseWriter(FeedsOptions options)
{
    private readonly PublicLinks _links = new(options.PublicBaseUrl);

    public static string ReleaseId(string ocid, PerformanceNotice notice) => $"{ocid}-performance-notice-{Period(notice).Slug}";

    public static string ObservationId(PerformanceNotice notice) => $"performance-notice-{Period(notice).Slug}";

    public static string[] Tags => ["implementation"];

    public void Write(Utf8JsonWriter json, string ocid, Contract contract, PerformanceNotice notice)
    {
        var period = Period(notice);
        json.WriteStartObject();
        json.WriteString("ocid", ocid);
        json.WriteString("id", ReleaseId(ocid, notice));
        json.WriteString("date", PublicFormat.DateTime(notice.ReadyAt!.Value));
        json.WriteStartArray("tag");
        json.WriteStringValue("implementation");
        json.WriteEndArray();
        json.WriteString("initiationType", "tender");
        json.WriteString("language", "en");
        OcdsParts.WriteParties(json, contract, []);
        json.WriteStartArray("contracts");
        OcdsParts.WriteContractStart(json, contract, full: false);
        json.WriteStartObject("implementation");
        WriteDocuments(json, contract, [notice]);
        json.WriteStartArray("metrics");
        foreach (var assessment in notice.Assessments.OrderBy(a => a.KpiCode, StringComparer.Ordinal))
        {
            WriteMetric(json, notice, period, assessment);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The KPI's observation for the period, for a metric the caller has opened (the compiled release adds it beside the quarters).</summary>
    public static void WriteObservation(Utf8JsonWriter json, PerformanceNotice notice, NoticeAssessment assessment)
    {
        var period = Period(notice);
        json.WriteStartObject();
        json.WriteString("id", ObservationId(notice));
        OcdsParts.WritePeriod(json, "period", period.StartDate, period.EndDate);
        var rating = assessment.Rating!.Value;
        json.WriteString("notes", assessment.Decision == AssessmentDecision.Overridden
            ? $"Contract performance notice for {period}: rated {rating.Label()} by the contracting authority instead of the proposed {assessment.ProposedRating.Label()}. Reason: {assessment.OverrideReason}"
            : $"Contract performance notice for {period}: rated {rating.Label()}. {assessment.RuleExplanation}");
        json.WriteStartObject("measureClassification");
        json.WriteString("id", rating.OcdsCode());
        json.WriteString("description", rating.Label());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The notices' documents, as an implementation's <c>documents</c> array (nothing when there are none).</summary>
    public void WriteDocuments(Utf8JsonWriter json, Contract contract, IReadOnlyList<PerformanceNotice> notices)
    {
        if (notices.Count == 0)
        {
            return;
        }

        json.WriteStartArray("documents");
        foreach (var notice in notices)
        {
            WriteDocuments(json, contract, notice);
        }

        json.WriteEndArray();
    }

    private void WriteDocuments(Utf8JsonWriter json, Contract contract, PerformanceNotice notice)
    {
        var period = Period(notice);
        var title = $"Contract performance notice (UK9), {period}";
        WriteDocument(json, ObservationId(notice), title,
            $"The KPI ratings of {contract.Title} (contract {contract.Reference}{(contract.Ocid is { } procurement ? $", procurement {procurement}" : string.Empty)}) for {period}, with the provider's quarterly results as evidence.",
            _links.Absolute(NoticeUrls.SummaryPage(contract.Reference, period)), notice.ReadyAt!.Value);
        if (notice.FindATenderNoticeId is { } published)
        {
            WriteDocument(json, $"find-a-tender-{published}", $"{title} on Find a Tender ({published})", null, NoticeIdentifiers.FindATenderUrl(published), notice.ReadyAt.Value);
        }
    }

    private static void WriteDocument(Utf8JsonWriter json, string id, string title, string? description, Uri url, DateTime published)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("documentType", "implementationNotice");
        json.WriteString("noticeType", "UK9");
        json.WriteString("title", title);
        if (description is not null)
        {
            json.WriteString("description", description);
        }

        json.WriteString("url", url.AbsoluteUri);
        json.WriteString("datePublished", PublicFormat.DateTime(published));
        json.WriteString("format", "text/html");
        json.WriteString("language", "en");
        json.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter json, PerformanceNotice notice, AssessmentPeriod period, NoticeAssessment assessment)
    {
        json.WriteStartObject();
        json.WriteString("id", assessment.KpiCode);
        json.WriteString("title", assessment.KpiName);
        json.WriteStartArray("observations");
        WriteObservation(json, notice, assessment);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static AssessmentPeriod Period(PerformanceNotice notice) => AssessmentPeriod.FromCodes(notice.FromQuarterCode, notice.ToQuarterCode);
}
