using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Insights;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.PerformanceNotices;

/// <summary>
/// Drafts notices from the public record: each KPI's whole-service result in each quarter of the period, from the one
/// published version of each return (<see cref="Published"/>, the definition every insight uses), with the rating
/// <see cref="RatingRule"/> proposes. A proposal is worked out afresh whenever a draft is shown; it is stored as a
/// draft once an administrator acts on it, and its evidence is read again on request until the notice is ready.
/// </summary>
public sealed class NoticeDrafter(TransparencyDbContext db, TimeProvider time)
{
    /// <summary>The default period: the four quarters ending with the latest quarter the contract has a published KPI result for.</summary>
    public async Task<AssessmentPeriod?> DefaultPeriodAsync(int contractId, CancellationToken cancellationToken)
    {
        var latest = await Published.KpiResults(db).Where(r => r.ContractId == contractId && r.Cohort == null)
            .MaxAsync(r => (int?)r.QuarterCode, cancellationToken);
        return latest is { } code ? AssessmentPeriod.EndingWith(Quarter.FromCode(code)) : null;
    }

    /// <summary>The quarters the contract has published KPI results for, newest first: the periods an administrator may choose end with one of them.</summary>
    public async Task<IReadOnlyList<Quarter>> PublishedQuartersAsync(int contractId, CancellationToken cancellationToken) =>
        (await Published.KpiResults(db).Where(r => r.ContractId == contractId && r.Cohort == null)
            .Select(r => r.QuarterCode).Distinct().OrderByDescending(c => c).ToListAsync(cancellationToken))
        .Select(Quarter.FromCode).ToList();

    /// <summary>A new, unsaved notice with the proposal for the contract and period.</summary>
    public async Task<PerformanceNotice> ProposeAsync(Contract contract, AssessmentPeriod period, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var notice = new PerformanceNotice
        {
            ContractId = contract.Id,
            FromQuarterCode = period.From.Code,
            ToQuarterCode = period.To.Code,
            Status = PerformanceNoticeStatus.Draft,
            CreatedAt = now,
            CreatedBy = actor,
        };
        await ReadEvidenceAsync(notice, contract, cancellationToken);
        return notice;
    }

    /// <summary>
    /// Reads the draft's evidence again from the published returns: a provider may have published or corrected a quarter
    /// since. A proposal that changes loses its acceptance (the administrator accepted something else); an override stands.
    /// </summary>
    public async Task ReadEvidenceAsync(PerformanceNotice notice, Contract contract, CancellationToken cancellationToken)
    {
        if (notice.Status != PerformanceNoticeStatus.Draft)
        {
            throw new InvalidOperationException("The evidence of a ready notice is fixed.");
        }

        var period = AssessmentPeriod.FromCodes(notice.FromQuarterCode, notice.ToQuarterCode);
        var kpis = await db.KpiDefinitions.AsNoTracking().Where(k => k.ContractId == contract.Id).OrderBy(k => k.Code).ToListAsync(cancellationToken);
        var results = await Published.KpiResults(db).AsNoTracking()
            .Where(r => r.ContractId == contract.Id && r.Cohort == null && r.QuarterCode >= period.From.Code && r.QuarterCode <= period.To.Code)
            .Select(r => new Result(r.KpiDefinitionId, r.QuarterCode, r.AreaCode, r.Actual, r.Rating, r.RatingDerived, r.Commentary, r.ReturnVersionId, r.ReturnVersion!.VersionNumber))
            .ToListAsync(cancellationToken);
        var byKpi = results.ToLookup(r => r.KpiId);

        notice.ContractValuePence = contract.TotalValuePence;
        notice.EvidenceReadAt = time.GetUtcNow().UtcDateTime;
        notice.Assessments.RemoveAll(a => kpis.All(k => k.Id != a.KpiDefinitionId));
        foreach (var kpi in kpis)
        {
            var evidence = period.All.Select(q => Evidence(q, byKpi[kpi.Id])).ToList();
            var (proposed, explanation) = RatingRule.Propose(evidence.Select(e => e.Rating).ToList());
            var assessment = notice.Assessments.SingleOrDefault(a => a.KpiDefinitionId == kpi.Id);
            if (assessment is null)
            {
                assessment = new NoticeAssessment { KpiDefinitionId = kpi.Id, KpiCode = kpi.Code, KpiName = kpi.Name, RuleExplanation = explanation };
                notice.Assessments.Add(assessment);
            }
            else if (assessment.ProposedRating != proposed && assessment.Decision == AssessmentDecision.Accepted)
            {
                assessment.Decision = AssessmentDecision.Pending;
                assessment.Rating = null;
                assessment.DecidedBy = null;
                assessment.DecidedAt = null;
            }

            (assessment.KpiCode, assessment.KpiName, assessment.Unit, assessment.Target, assessment.Direction) = (kpi.Code, kpi.Name, kpi.Unit, kpi.Target, kpi.Direction);
            (assessment.ProposedRating, assessment.RuleExplanation) = (proposed, explanation);
            assessment.Evidence.Clear();
            assessment.Evidence.AddRange(evidence);
        }

        notice.Assessments.Sort((a, b) => string.CompareOrdinal(a.KpiCode, b.KpiCode));
    }

    /// <summary>
    /// A quarter's whole-service result. A provider that reports a KPI by area alone has several lines without a cohort:
    /// the line for no particular area is the whole service when there is one, otherwise the worst-rated area stands
    /// for the quarter, so a notice never shows a better quarter than the provider reported.
    /// </summary>
    private static NoticeEvidence Evidence(Quarter quarter, IEnumerable<Result> results)
    {
        var result = results.Where(r => r.QuarterCode == quarter.Code)
            .OrderBy(r => r.AreaCode is null ? 0 : 1).ThenByDescending(r => r.Rating == KpiRating.Other ? -1 : (int)r.Rating).ThenBy(r => r.AreaCode, StringComparer.Ordinal)
            .FirstOrDefault();
        return result is null
            ? new NoticeEvidence { QuarterCode = quarter.Code }
            : new NoticeEvidence
            {
                QuarterCode = quarter.Code,
                ReturnVersionId = result.VersionId,
                VersionNumber = result.VersionNumber,
                Actual = result.Actual,
                Rating = result.Rating,
                RatingDerived = result.RatingDerived,
                Commentary = result.Commentary,
            };
    }

    private sealed record Result(int KpiId, int QuarterCode, string? AreaCode, double Actual, KpiRating Rating, bool RatingDerived, string? Commentary, int VersionId, int? VersionNumber);
}
