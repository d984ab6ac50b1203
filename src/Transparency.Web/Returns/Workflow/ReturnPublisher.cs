using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Publication;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// Draft → published version N, in one transaction: new subcontractor organisations, the facts, the version's
/// number and status, the superseded version, the return's first-publication date, the audit entry and the
/// publication log entry all commit together or not at all. The version's own row, the audit entry and the log
/// entry are written last, so a failure anywhere leaves the draft a draft. The public outputs follow the log in
/// the background (<see cref="Publication.ProjectionWorker"/>): the request answers as soon as the commit is done.
/// </summary>
public sealed class ReturnPublisher(
    TransparencyDbContext db,
    ReturnValidator validator,
    OriginalFileStore store,
    ReturnDeadlineRule deadlines,
    PublicationSignal signal,
    PublicationFaults faults,
    FactWriter facts,
    TimeProvider clock)
{
    public async Task<ReturnActionResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken = default)
    {
        var draft = await db.ReturnVersions.Include(v => v.Return).FirstOrDefaultAsync(v => v.Id == request.DraftVersionId, cancellationToken);
        if (draft?.Return is not { } quarterlyReturn)
        {
            return new(ReturnActionOutcome.NotFound, "There is no such upload. It may have been published or removed already.");
        }

        if (request.OrganisationId is { } organisation && quarterlyReturn.ProviderId != organisation)
        {
            return new(ReturnActionOutcome.Forbidden, "This upload belongs to another organisation. You can only publish your own returns.");
        }

        if (draft.Status != ReturnVersionStatus.Draft)
        {
            return new(ReturnActionOutcome.Conflict, $"This upload is already published as version {draft.VersionNumber} of the {quarterlyReturn.Quarter} return.", draft.Id, draft.VersionNumber);
        }

        var reason = request.RestatementReason?.Trim();
        var isRestatement = quarterlyReturn.FirstPublishedAt is not null;
        if (isRestatement && string.IsNullOrEmpty(reason))
        {
            return new(ReturnActionOutcome.ReasonRequired,
                $"Give a reason for restating the {quarterlyReturn.Quarter} return, such as 'Corrected the July referral figures'. Readers see it beside the new version.");
        }

        if (await store.ReadAsync(draft.StoredFileName, cancellationToken) is not { } content)
        {
            return new(ReturnActionOutcome.Conflict, "The file for this upload is missing from the server. Upload it again.");
        }

        var outcome = await validator.ValidateAsync(quarterlyReturn.ProviderId, quarterlyReturn.Quarter, OriginalFile.ToUploadedFiles(draft, content), cancellationToken);
        if (!outcome.Accepted)
        {
            return new(ReturnActionOutcome.Invalid,
                "This upload no longer passes its checks, perhaps because a contract changed since it was uploaded. Fix the problems listed and upload it again.",
                draft.Id, Report: outcome.Report);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        int? supersededId;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The log entry below describes the subcontractors this adds; they are not a registry change of their own.
            db.RecordsRegistryChanges = false;
            try
            {
                supersededId = await WriteAsync(draft, quarterlyReturn, outcome, request, isRestatement ? reason : null, now, cancellationToken);
            }
            finally
            {
                db.RecordsRegistryChanges = true;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        faults.AfterPublicationCommitted();
        signal.Notify();
        var message = isRestatement
            ? $"Version {draft.VersionNumber} of the {quarterlyReturn.Quarter} return is published{(supersededId is null ? "" : " and replaces the earlier version")}."
            : $"The {quarterlyReturn.Quarter} return is published as version {draft.VersionNumber}.";
        return new(ReturnActionOutcome.Done, message, draft.Id, draft.VersionNumber, outcome.Report);
    }

    private async Task<int?> WriteAsync(ReturnVersion draft, QuarterlyReturn quarterlyReturn, ValidationOutcome outcome, PublishRequest request, string? reason, DateTime now, CancellationToken cancellationToken)
    {
        var lines = outcome.Facts!;
        await AddNewOrganisationsAsync(lines, quarterlyReturn, now, cancellationToken);
        await facts.WriteAsync(draft.Id, lines, cancellationToken);

        var versions = await db.ReturnVersions.Where(v => v.ReturnId == quarterlyReturn.Id && v.Id != draft.Id).ToListAsync(cancellationToken);
        var current = versions.Where(v => v.Status == ReturnVersionStatus.Published).OrderByDescending(v => v.VersionNumber).ToList();
        foreach (var version in current)
        {
            version.Status = ReturnVersionStatus.Superseded;
        }

        draft.VersionNumber = (versions.Max(v => v.VersionNumber) ?? 0) + 1;
        draft.Status = ReturnVersionStatus.Published;
        draft.PublishedBy = request.Actor;
        draft.PublishedAt = now;
        draft.RestatementReason = reason;
        draft.SupersedesVersionId = current.FirstOrDefault()?.Id;
        draft.ErrorCount = outcome.Report.ErrorCount;
        draft.WarningCount = outcome.Report.WarningCount;
        draft.ValidationReportJson = outcome.Report.ToJson();
        if (quarterlyReturn.FirstPublishedAt is null)
        {
            quarterlyReturn.FirstPublishedAt = now;
            quarterlyReturn.DueDate = await deadlines.DueDateAsync(quarterlyReturn.Quarter, cancellationToken);
        }

        var action = reason is null ? ReturnAudit.Publish : ReturnAudit.Restate;
        var detail = reason is null
            ? $"Published version {draft.VersionNumber}: {lines.LineCount} lines."
            : $"Published version {draft.VersionNumber}, replacing version {current.FirstOrDefault()?.VersionNumber}: {lines.LineCount} lines. Reason: {reason}";
        db.AuditEntries.Add(ReturnAudit.Entry(action, draft, quarterlyReturn, request.Actor, request.IpAddress, now, detail));
        await PublicationLog.AppendAsync(db, new PublicationLogEntry
        {
            Kind = reason is null ? PublicationChangeKind.Published : PublicationChangeKind.Restated,
            CommittedAt = now,
            ProviderId = quarterlyReturn.ProviderId,
            ReturnId = quarterlyReturn.Id,
            ReturnVersionId = draft.Id,
            VersionNumber = draft.VersionNumber,
            QuarterCode = quarterlyReturn.QuarterCode,
            ContractIds = PublicationLogEntry.JoinIds(lines.Contracts.Keys),
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return draft.SupersedesVersionId;
    }

    private async Task AddNewOrganisationsAsync(ReturnFacts facts, QuarterlyReturn quarterlyReturn, DateTime now, CancellationToken cancellationToken)
    {
        var created = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var planned in facts.Subcontracts.Where(s => s.IsNew))
        {
            if (!created.ContainsKey(planned.SubcontractorIdentifier))
            {
                created[planned.SubcontractorIdentifier] = NewOrganisations.Create(planned, quarterlyReturn, now);
            }
        }

        if (created.Count == 0)
        {
            return;
        }

        db.Organisations.AddRange(created.Values);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var planned in facts.Subcontracts.Where(s => s.IsNew))
        {
            planned.Record.SubcontractorId = created[planned.SubcontractorIdentifier].Id;
        }
    }
}
