using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// Upload → draft. A clean upload (warnings allowed) is stored as a draft with its report and original file.
/// An upload with errors changes nothing: no rows, no file. The same bytes again for the same return change
/// nothing either, and the result says which version they match; the files' size and type are checked first, so
/// a file that could never be a return is named for what it is even when the same bytes came before.
/// </summary>
public sealed class ReturnSubmissionService(
    TransparencyDbContext db,
    ReturnValidator validator,
    OriginalFileStore store,
    ReturnDeadlineRule deadlines,
    IOptions<ReturnsOptions> options,
    TimeProvider clock,
    ILogger<ReturnSubmissionService> logger)
{
    public async Task<SubmissionResult> SubmitAsync(ReturnSubmission submission, CancellationToken cancellationToken = default)
    {
        var upFront = new ReportBuilder(options.Value.MaxEntriesPerRule, options.Value.MaxReportEntries);
        if (!new UploadReader(options.Value).CheckUpFront(submission.Files, upFront))
        {
            logger.LogInformation("Rejected an upload for organisation {OrganisationId}, {Quarter}: not a return's files", submission.OrganisationId, submission.Quarter);
            return new SubmissionResult(upFront.Build(), null, null);
        }

        var original = OriginalFile.From(submission.Files);
        if (await FindDuplicateAsync(submission, original.Sha256, cancellationToken) is { } duplicate)
        {
            return new SubmissionResult(ValidationReport.Empty, null, duplicate);
        }

        var outcome = await validator.ValidateAsync(submission.OrganisationId, submission.Quarter, submission.Files, cancellationToken);
        if (!outcome.Accepted)
        {
            logger.LogInformation("Rejected an upload for organisation {OrganisationId}, {Quarter}: {Errors} errors",
                submission.OrganisationId, submission.Quarter, outcome.Report.ErrorCount);
            return new SubmissionResult(outcome.Report, null, null);
        }

        var storedName = await store.SaveAsync(original, cancellationToken);
        try
        {
            var draftId = await StoreDraftAsync(submission, original, storedName, outcome, cancellationToken);
            return new SubmissionResult(outcome.Report, draftId, null);
        }
        catch
        {
            await store.DeleteAsync(storedName, CancellationToken.None);
            throw;
        }
    }

    private async Task<DuplicateUpload?> FindDuplicateAsync(ReturnSubmission submission, string sha256, CancellationToken cancellationToken)
    {
        var match = await db.ReturnVersions.AsNoTracking()
            .Where(v => v.Return!.ProviderId == submission.OrganisationId && v.Return.QuarterCode == submission.Quarter.Code && v.FileSha256 == sha256)
            .OrderByDescending(v => v.Id)
            .Select(v => new { v.Id, v.VersionNumber, v.Status })
            .FirstOrDefaultAsync(cancellationToken);
        return match is null ? null : new DuplicateUpload(match.Id, match.VersionNumber, match.Status, submission.Quarter);
    }

    private async Task<int> StoreDraftAsync(ReturnSubmission submission, OriginalFile original, string storedName, ValidationOutcome outcome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var quarterlyReturn = await db.Returns
            .FirstOrDefaultAsync(r => r.ProviderId == submission.OrganisationId && r.QuarterCode == submission.Quarter.Code, cancellationToken);
        if (quarterlyReturn is null)
        {
            quarterlyReturn = new QuarterlyReturn
            {
                ProviderId = submission.OrganisationId,
                Quarter = submission.Quarter,
                DueDate = await deadlines.DueDateAsync(submission.Quarter, cancellationToken),
            };
            db.Returns.Add(quarterlyReturn);
        }

        var draft = new ReturnVersion
        {
            Return = quarterlyReturn,
            Status = ReturnVersionStatus.Draft,
            OriginalFileName = original.DisplayName,
            StoredFileName = storedName,
            FileSha256 = original.Sha256,
            Format = outcome.Upload!.Format,
            SubmittedBy = submission.SubmittedBy,
            SubmittedAt = now,
            ErrorCount = outcome.Report.ErrorCount,
            WarningCount = outcome.Report.WarningCount,
            ValidationReportJson = outcome.Report.ToJson(),
        };
        db.ReturnVersions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);

        db.AuditEntries.Add(ReturnAudit.Entry(ReturnAudit.Upload, draft, quarterlyReturn, submission.SubmittedBy, submission.IpAddress, now,
            $"Uploaded '{original.DisplayName}' (SHA-256 {original.Sha256}) as a draft: {outcome.Facts!.LineCount} lines, {outcome.Report.WarningCount} warnings."));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return draft.Id;
    }
}
