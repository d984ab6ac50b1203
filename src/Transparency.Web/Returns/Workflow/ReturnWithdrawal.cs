using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Publication;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// An administrator hides a version from the public, with a reason. It stays stored for audit. When it was the
/// current version, the latest earlier version that was not withdrawn becomes the public one again.
/// </summary>
public sealed class ReturnWithdrawal(TransparencyDbContext db, PublicationSignal signal, TimeProvider clock)
{
    public async Task<ReturnActionResult> WithdrawAsync(WithdrawRequest request, CancellationToken cancellationToken = default)
    {
        var version = await db.ReturnVersions.Include(v => v.Return).FirstOrDefaultAsync(v => v.Id == request.VersionId, cancellationToken);
        if (version?.Return is not { } quarterlyReturn)
        {
            return new(ReturnActionOutcome.NotFound, "There is no such version.");
        }

        if (version.Status is not (ReturnVersionStatus.Published or ReturnVersionStatus.Superseded))
        {
            return new(ReturnActionOutcome.Conflict, version.Status == ReturnVersionStatus.Draft
                ? "This upload is a draft, which the public never sees, so there is nothing to withdraw."
                : $"Version {version.VersionNumber} of the {quarterlyReturn.Quarter} return is already withdrawn.", version.Id, version.VersionNumber);
        }

        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return new(ReturnActionOutcome.ReasonRequired, "Give a reason for withdrawing this version. It is kept in the audit log and shown in the return's history.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var wasCurrent = version.Status == ReturnVersionStatus.Published;
        ReturnVersion? restored = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            version.Status = ReturnVersionStatus.Withdrawn;
            version.WithdrawnBy = request.Actor;
            version.WithdrawnAt = now;
            version.WithdrawalReason = reason;
            if (wasCurrent)
            {
                restored = await db.ReturnVersions
                    .Where(v => v.ReturnId == quarterlyReturn.Id && v.Status == ReturnVersionStatus.Superseded && v.VersionNumber < version.VersionNumber)
                    .OrderByDescending(v => v.VersionNumber)
                    .FirstOrDefaultAsync(cancellationToken);
                restored?.Status = ReturnVersionStatus.Published;
            }

            var detail = $"Withdrew version {version.VersionNumber}{(restored is null ? "" : $"; version {restored.VersionNumber} is public again")}. Reason: {reason}";
            db.AuditEntries.Add(ReturnAudit.Entry(ReturnAudit.Withdraw, version, quarterlyReturn, request.Actor, request.IpAddress, now, detail));
            var contracts = await db.Contracts.Where(c => c.ProviderId == quarterlyReturn.ProviderId).Select(c => c.Id).ToListAsync(cancellationToken);
            await PublicationLog.AppendAsync(db, new PublicationLogEntry
            {
                Kind = PublicationChangeKind.Withdrawn,
                CommittedAt = now,
                ProviderId = quarterlyReturn.ProviderId,
                ReturnId = quarterlyReturn.Id,
                ReturnVersionId = version.Id,
                VersionNumber = version.VersionNumber,
                QuarterCode = quarterlyReturn.QuarterCode,
                ContractIds = PublicationLogEntry.JoinIds(contracts),
            }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        signal.Notify();
        var message = !wasCurrent
            ? $"Version {version.VersionNumber} of the {quarterlyReturn.Quarter} return is withdrawn. The public version has not changed."
            : restored is null
                ? $"Version {version.VersionNumber} of the {quarterlyReturn.Quarter} return is withdrawn. No version of this return is public now."
                : $"Version {version.VersionNumber} of the {quarterlyReturn.Quarter} return is withdrawn. Version {restored.VersionNumber} is public again.";
        return new(ReturnActionOutcome.Done, message, version.Id, version.VersionNumber);
    }
}
