using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Publication;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Workflow;

/// <summary>Reads for the upload pages and API: a draft's preview, a return's history, one version, an original file.</summary>
public sealed class ReturnQueries(TransparencyDbContext db, ReturnValidator validator, OriginalFileStore store)
{
    private static readonly System.Linq.Expressions.Expression<Func<ReturnVersion, VersionSummary>> Summary = v => new VersionSummary(
        v.Id, v.VersionNumber, v.Status, v.OriginalFileName, v.FileSha256, v.Format, v.SubmittedBy, v.SubmittedAt, v.PublishedBy, v.PublishedAt,
        v.RestatementReason, v.SupersedesVersionId, v.WithdrawnBy, v.WithdrawnAt, v.WithdrawalReason, v.ErrorCount, v.WarningCount);

    private static readonly Func<ReturnVersion, VersionSummary> ToSummary = Summary.Compile();

    /// <summary>
    /// The preview of a draft, read again from its stored file and checked against the register as it is now.
    /// Null when there is no such draft, or when <paramref name="organisationId"/> is given and is not its provider's.
    /// </summary>
    public async Task<ReturnPreview?> GetPreviewAsync(int draftVersionId, int? organisationId = null, CancellationToken cancellationToken = default)
    {
        var draft = await db.ReturnVersions.AsNoTracking().Include(v => v.Return).ThenInclude(r => r!.Provider)
            .FirstOrDefaultAsync(v => v.Id == draftVersionId && v.Status == ReturnVersionStatus.Draft, cancellationToken);
        if (draft?.Return is not { } quarterlyReturn || (organisationId is { } id && quarterlyReturn.ProviderId != id))
        {
            return null;
        }

        var content = await store.ReadAsync(draft.StoredFileName, cancellationToken);
        var outcome = content is null ? null : await validator.ValidateAsync(quarterlyReturn.ProviderId, quarterlyReturn.Quarter, OriginalFile.ToUploadedFiles(draft, content), cancellationToken);
        var facts = outcome?.Facts ?? new ReturnFacts();
        var versions = await db.ReturnVersions.AsNoTracking().Where(v => v.ReturnId == quarterlyReturn.Id)
            .Select(v => new { v.VersionNumber, v.Status }).ToListAsync(cancellationToken);
        var kpis = facts.Contracts.Values.SelectMany(c => c.Kpis).ToDictionary(k => k.Id);
        string Reference(int contractId) => facts.Contracts[contractId].Reference;
        string Title(int contractId) => facts.Contracts[contractId].Title;

        return new ReturnPreview
        {
            DraftVersionId = draft.Id,
            ReturnId = quarterlyReturn.Id,
            ProviderId = quarterlyReturn.ProviderId,
            ProviderName = quarterlyReturn.Provider?.Name ?? string.Empty,
            Quarter = quarterlyReturn.Quarter,
            OriginalFileName = draft.OriginalFileName,
            Format = draft.Format,
            SubmittedBy = draft.SubmittedBy,
            SubmittedAt = draft.SubmittedAt,
            VersionNumberOnPublish = (versions.Max(v => v.VersionNumber) ?? 0) + 1,
            CurrentVersionNumber = versions.Where(v => v.Status == ReturnVersionStatus.Published).Max(v => v.VersionNumber),
            IsRestatement = quarterlyReturn.FirstPublishedAt is not null,
            Funding = facts.Funding.Select(f => new PreviewFunding(Reference(f.ContractId), Title(f.ContractId), f.PaymentType, f.AmountPence, f.Description)).ToList(),
            KpiResults = facts.KpiResults.Select(r => new PreviewKpiResult(Reference(r.ContractId), Title(r.ContractId), kpis[r.KpiDefinitionId].Code,
                kpis[r.KpiDefinitionId].Name, r.Cohort, r.AreaCode, r.Actual, r.Numerator, r.Denominator, r.Rating, r.RatingDerived, r.Commentary)).ToList(),
            Subcontracts = facts.Subcontracts.Select(s => new PreviewSubcontract(Reference(s.Record.ContractId), Title(s.Record.ContractId), s.SubcontractorIdentifier,
                s.SubcontractorName, s.IsNew, s.Record.Service, s.Record.ValuePaidInQuarterPence, s.Record.TotalValuePence, s.Record.PerformanceRating)).ToList(),
            Satisfaction = facts.Satisfaction.Select(s => new PreviewSatisfaction(Reference(s.ContractId), Title(s.ContractId), s.Measure, s.Method,
                s.Respondents, s.PercentPositive, s.PercentNegative)).ToList(),
            Report = outcome?.Report ?? new ValidationReport([new ValidationEntry
            {
                Severity = Severity.Error,
                Code = RuleCodes.FileMissing,
                Message = "The file for this upload is missing from the server. Upload it again.",
            }]),
        };
    }

    /// <summary>Every version of the provider's return for the quarter, newest first; null when there is no return yet.</summary>
    public async Task<ReturnHistory?> GetHistoryAsync(int providerId, Quarter quarter, CancellationToken cancellationToken = default)
    {
        var quarterlyReturn = await db.Returns.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ProviderId == providerId && r.QuarterCode == quarter.Code, cancellationToken);
        if (quarterlyReturn is null)
        {
            return null;
        }

        var versions = await db.ReturnVersions.AsNoTracking().Where(v => v.ReturnId == quarterlyReturn.Id)
            .OrderByDescending(v => v.VersionNumber == null).ThenByDescending(v => v.VersionNumber).ThenByDescending(v => v.Id)
            .Select(Summary).ToListAsync(cancellationToken);
        return new ReturnHistory(quarterlyReturn.Id, providerId, quarter, quarterlyReturn.DueDate, quarterlyReturn.FirstPublishedAt, versions);
    }

    /// <summary>The history with whether the public outputs show its current version yet, and the public page's address.</summary>
    public async Task<ReturnHistory?> GetHistoryWithVisibilityAsync(int providerId, Quarter quarter, PublicOutputs outputs, CancellationToken cancellationToken = default)
    {
        if (await GetHistoryAsync(providerId, quarter, cancellationToken) is not { } history)
        {
            return null;
        }

        var identifier = await db.Organisations.AsNoTracking().Where(o => o.Id == providerId).Select(o => o.Identifier).SingleAsync(cancellationToken);
        return history with
        {
            CurrentOnPublicOutputs = history.Current is { } current ? await outputs.ForVersionAsync(current.Id, cancellationToken) : null,
            PublicPage = SiteUrls.ProviderReturns(identifier),
        };
    }

    public async Task<VersionDetail?> GetVersionAsync(int versionId, CancellationToken cancellationToken = default)
    {
        var row = await db.ReturnVersions.AsNoTracking().Where(v => v.Id == versionId)
            .Select(v => new { Version = v, v.Return!.ProviderId, v.Return.QuarterCode }).FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new VersionDetail(ToSummary(row.Version), row.Version.ReturnId, row.ProviderId, Quarter.FromCode(row.QuarterCode), ValidationReport.FromJson(row.Version.ValidationReportJson));
    }

    /// <summary>The original file of a version, for the provider and administrators (the caller checks who may see it).</summary>
    public async Task<StoredOriginal?> GetOriginalAsync(int versionId, CancellationToken cancellationToken = default)
    {
        var version = await db.ReturnVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (version is null || await store.ReadAsync(version.StoredFileName, cancellationToken) is not { } content)
        {
            return null;
        }

        var extension = Path.GetExtension(version.StoredFileName) ?? string.Empty;
        var name = version.Format == UploadFormat.Csv && extension == ".zip" ? $"return-version-{version.Id}.zip" : version.OriginalFileName;
        return new StoredOriginal(name, ContentTypes.For(extension), content);
    }
}
