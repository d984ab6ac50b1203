using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Publication;

namespace Transparency.Web.PerformanceNotices;

/// <summary>
/// An administrator's review of a notice: accept or override each proposed rating (an override needs a reason), mark
/// the notice ready, reopen it, record its Find a Tender identifier. Every change is in the audit log, in the same
/// transaction. A change to what the public sees (becoming ready, reopening, a new identifier on a ready notice) also
/// writes a publication log entry naming the contract, so the site, the bulk files and the feeds catch up through their
/// projections; nothing is sent anywhere.
/// </summary>
public sealed class NoticeReview(TransparencyDbContext db, NoticeDrafter drafter, AuditTrail audit, PublicationSignal signal, TimeProvider time)
{
    public const int ReasonMaxLength = 1000;

    /// <summary>The stored notice for the contract and period, drafted and saved now if there is none.</summary>
    public async Task<PerformanceNotice> DraftAsync(Contract contract, AssessmentPeriod period, string actor, CancellationToken cancellationToken)
    {
        if (await LoadAsync(contract.Id, period, cancellationToken) is { } existing)
        {
            return existing;
        }

        var notice = await drafter.ProposeAsync(contract, period, actor, cancellationToken);
        db.Add(notice);
        audit.Record(NoticeAudit.Draft, NoticeAudit.Subject(contract.Reference, period), $"{notice.Assessments.Count} KPIs assessed.");
        await db.SaveChangesAsync(cancellationToken);
        return notice;
    }

    public Task<PerformanceNotice?> LoadAsync(int contractId, AssessmentPeriod period, CancellationToken cancellationToken) =>
        db.Set<PerformanceNotice>().Include(n => n.Assessments).ThenInclude(a => a.Evidence)
            .AsSplitQuery().SingleOrDefaultAsync(n => n.ContractId == contractId && n.FromQuarterCode == period.From.Code, cancellationToken);

    public async Task<ReviewOutcome> ReadEvidenceAgainAsync(Contract contract, PerformanceNotice notice, CancellationToken cancellationToken)
    {
        if (notice.Status != PerformanceNoticeStatus.Draft)
        {
            return ReviewOutcome.Refused("This notice is ready, so its evidence is fixed. Reopen it to read the evidence again.");
        }

        var before = notice.Assessments.ToDictionary(a => a.KpiCode, a => a.ProposedRating);
        await drafter.ReadEvidenceAsync(notice, contract, cancellationToken);
        var changed = notice.Assessments.Where(a => !before.TryGetValue(a.KpiCode, out var was) || was != a.ProposedRating)
            .Select(a => $"{a.KpiCode} now {a.ProposedRating.Label()}").ToList();
        audit.Record(NoticeAudit.ReadEvidence, Subject(contract, notice), changed.Count == 0 ? "No proposal changed." : "Proposals changed: " + string.Join("; ", changed) + ".");
        await db.SaveChangesAsync(cancellationToken);
        return ReviewOutcome.Done;
    }

    /// <summary>Accepts the proposal the administrator saw (<paramref name="proposalSeen"/>); refused if the evidence has since changed it.</summary>
    public async Task<ReviewOutcome> AcceptAsync(Contract contract, PerformanceNotice notice, int assessmentId, KpiRating proposalSeen, CancellationToken cancellationToken)
    {
        if (Editable(notice, assessmentId, out var assessment) is { } refused)
        {
            return refused;
        }

        if (assessment.ProposedRating != proposalSeen)
        {
            return ReviewOutcome.Refused($"The proposal for {assessment.KpiCode} is now {assessment.ProposedRating.Label()}, not {proposalSeen.Label()}: check it and decide again.");
        }

        Decide(assessment, AssessmentDecision.Accepted, assessment.ProposedRating, null);
        audit.Record(NoticeAudit.Accept, Subject(contract, notice), $"{assessment.KpiCode}: {assessment.ProposedRating.Label()} accepted.");
        await db.SaveChangesAsync(cancellationToken);
        return ReviewOutcome.Done;
    }

    public async Task<ReviewOutcome> OverrideAsync(Contract contract, PerformanceNotice notice, int assessmentId, KpiRating? rating, string? reason, CancellationToken cancellationToken)
    {
        if (Editable(notice, assessmentId, out var assessment) is { } refused)
        {
            return refused;
        }

        var text = reason?.Trim() ?? string.Empty;
        if (rating is not { } chosen)
        {
            return ReviewOutcome.Refused($"Choose the rating {assessment.KpiCode} should have.", "Rating");
        }

        if (chosen == assessment.ProposedRating)
        {
            return ReviewOutcome.Refused($"{chosen.Label()} is the proposed rating for {assessment.KpiCode}: accept it instead, or choose another rating.", "Rating");
        }

        if (text.Length == 0)
        {
            return ReviewOutcome.Refused($"Enter the reason for rating {assessment.KpiCode} {chosen.Label()} instead of {assessment.ProposedRating.Label()}. It is published with the notice.", "Reason");
        }

        if (text.Length > ReasonMaxLength)
        {
            return ReviewOutcome.Refused($"The reason must be {ReasonMaxLength} characters or fewer; it has {text.Length}.", "Reason");
        }

        Decide(assessment, AssessmentDecision.Overridden, chosen, text);
        audit.Record(NoticeAudit.Override, Subject(contract, notice), $"{assessment.KpiCode}: {chosen.Label()} instead of the proposed {assessment.ProposedRating.Label()}. Reason: {text}");
        await db.SaveChangesAsync(cancellationToken);
        return ReviewOutcome.Done;
    }

    public async Task<ReviewOutcome> MarkReadyAsync(Contract contract, PerformanceNotice notice, CancellationToken cancellationToken)
    {
        if (notice.Status == PerformanceNoticeStatus.Ready)
        {
            return ReviewOutcome.Done;
        }

        if (notice.Assessments.Count == 0)
        {
            return ReviewOutcome.Refused("The contract has no KPIs, so there is nothing to rate. Register its KPIs first.");
        }

        var pending = notice.Assessments.Where(a => a.Decision == AssessmentDecision.Pending).Select(a => a.KpiCode).ToList();
        if (pending.Count > 0)
        {
            return ReviewOutcome.Refused($"Accept or override the rating of {string.Join(", ", pending)} before marking the notice ready.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        notice.Status = PerformanceNoticeStatus.Ready;
        notice.ReadyAt = now;
        notice.ReadyBy = audit.CurrentActor();
        var ratings = string.Join("; ", notice.Assessments.Select(a => $"{a.KpiCode} {a.Rating!.Value.Label()}"));
        await SavePublicAsync(contract, notice, NoticeAudit.Ready, $"Ready: {ratings}.", now, cancellationToken);
        return ReviewOutcome.Done;
    }

    public async Task<ReviewOutcome> ReopenAsync(Contract contract, PerformanceNotice notice, CancellationToken cancellationToken)
    {
        if (notice.Status == PerformanceNoticeStatus.Draft)
        {
            return ReviewOutcome.Done;
        }

        notice.Status = PerformanceNoticeStatus.Draft;
        notice.ReadyAt = null;
        notice.ReadyBy = null;
        await SavePublicAsync(contract, notice, NoticeAudit.Reopen, "Back to draft: no longer public.", time.GetUtcNow().UtcDateTime, cancellationToken);
        return ReviewOutcome.Done;
    }

    public async Task<ReviewOutcome> RecordFindATenderIdAsync(Contract contract, PerformanceNotice notice, string? noticeId, CancellationToken cancellationToken)
    {
        var text = noticeId?.Trim() ?? string.Empty;
        if (text.Length > 0 && !NoticeIdentifiers.IsFindATenderId(text))
        {
            return ReviewOutcome.Refused("Enter the Find a Tender notice identifier as six digits, a hyphen and the year, like 012345-2026, or leave it empty to remove it.", "FindATenderNoticeId");
        }

        var value = text.Length == 0 ? null : text;
        if (value == notice.FindATenderNoticeId)
        {
            return ReviewOutcome.Done;
        }

        var detail = value is null ? $"Removed {notice.FindATenderNoticeId}." : $"Find a Tender notice {value}" + (notice.FindATenderNoticeId is { } old ? $", replacing {old}." : ".");
        notice.FindATenderNoticeId = value;
        if (notice.Status == PerformanceNoticeStatus.Ready)
        {
            await SavePublicAsync(contract, notice, NoticeAudit.FindATender, detail, time.GetUtcNow().UtcDateTime, cancellationToken);
        }
        else
        {
            audit.Record(NoticeAudit.FindATender, Subject(contract, notice), detail);
            await db.SaveChangesAsync(cancellationToken);
        }

        return ReviewOutcome.Done;
    }

    private static ReviewOutcome? Editable(PerformanceNotice notice, int assessmentId, out NoticeAssessment assessment)
    {
        assessment = notice.Assessments.SingleOrDefault(a => a.Id == assessmentId)!;
        if (assessment is null)
        {
            return ReviewOutcome.Refused("That KPI is not in this notice any more. Check the notice and decide again.");
        }

        return notice.Status == PerformanceNoticeStatus.Draft ? null : ReviewOutcome.Refused("This notice is ready. Reopen it to change a rating.");
    }

    private void Decide(NoticeAssessment assessment, AssessmentDecision decision, KpiRating rating, string? reason)
    {
        assessment.Decision = decision;
        assessment.Rating = rating;
        assessment.OverrideReason = reason;
        assessment.DecidedBy = audit.CurrentActor();
        assessment.DecidedAt = time.GetUtcNow().UtcDateTime;
    }

    /// <summary>Saves a change the public sees with its audit entry and a publication log entry naming the contract, in one transaction.</summary>
    private async Task SavePublicAsync(Contract contract, PerformanceNotice notice, string action, string detail, DateTime now, CancellationToken cancellationToken)
    {
        audit.Record(action, Subject(contract, notice), detail);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // A registry change naming the contract: every projection already rewrites a named contract's pages, OCDS
            // record and feeds on one (DECISIONS 252).
            await PublicationLog.AppendAsync(db, new PublicationLogEntry
            {
                Kind = PublicationChangeKind.RegistryChanged,
                CommittedAt = now,
                ContractIds = PublicationLogEntry.JoinIds([contract.Id]),
            }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        signal.Notify();
    }

    private static string Subject(Contract contract, PerformanceNotice notice) =>
        NoticeAudit.Subject(contract.Reference, AssessmentPeriod.FromCodes(notice.FromQuarterCode, notice.ToQuarterCode));
}
