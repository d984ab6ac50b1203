using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Insights.Timeliness;
using Transparency.Web.PublicRecord;
using W = Transparency.Web.Insights.DataQuality.DataQualityWeights;

namespace Transparency.Web.Insights.DataQuality;

/// <summary>
/// Scores each published return version out of 100 (weights in <see cref="DataQualityWeights"/>). Each part
/// is a share of what was expected, so a return is never marked down for something it did not have to report.
/// </summary>
public sealed class DataQualityInsights(TransparencyDbContext db)
{
    // Far above the number of KPI results one return can hold, so the low part of a rate tally never carries over.
    private const long RateWithCountsUnit = 1L << 32;

    public IQueryable<DataQualityRow> Versions(TimelinessSchedule schedule)
    {
        var deadlineDays = schedule.DeadlineDayNumbers;
        var first = schedule.FirstOrdinal;
        var terms = Published.ContractTerms(db);
        var counts =
            from r in db.Returns
            join v in Published.Versions(db) on r.Id equals v.ReturnId
            let q = r.QuarterCode
            let published = r.FirstPublishedDay ?? DateOnly.FromDateTime(v.PublishedAt!.Value).DayNumber
            select new
            {
                VersionId = v.Id,
                ReturnId = r.Id,
                r.ProviderId,
                QuarterCode = q,
                VersionNumber = v.VersionNumber ?? 1,
                ActiveContracts = terms.Count(c => c.ProviderId == r.ProviderId && c.FirstQuarterCode <= q && q <= c.LastQuarterCode),
                ContractsReported = terms.Count(c => c.ProviderId == r.ProviderId && c.FirstQuarterCode <= q && q <= c.LastQuarterCode
                    && db.Funding.Any(f => f.ReturnVersionId == v.Id && f.ContractId == c.ContractId)),
                // From the provider's contracts to their KPIs, so the KPI index by contract is used (not a scan per version).
                ExpectedKpis = terms.Where(c => c.ProviderId == r.ProviderId && c.FirstQuarterCode <= q && q <= c.LastQuarterCode)
                    .Join(db.KpiDefinitions, c => c.ContractId, k => k.ContractId, (c, k) => k.Id)
                    .Count(),
                // The expected KPIs the version has a whole-service result for, read from the version's own results once:
                // a result's contract is its KPI's contract (the return's checks look a KPI up within its contract), so a
                // result counts when its contract is one of the provider's active contracts; DISTINCT because a KPI may
                // have a result per area.
                KpisReported = db.KpiResults
                    .Where(x => x.ReturnVersionId == v.Id && x.Cohort == null
                        && terms.Any(c => c.ContractId == x.ContractId && c.ProviderId == r.ProviderId && c.FirstQuarterCode <= q && q <= c.LastQuarterCode))
                    .Select(x => x.KpiDefinitionId).Distinct().Count(),
                // Both rate counts from one reading of the version's results: each rate adds 1, and one with its counts
                // also adds RateWithCountsUnit, so the total holds the two counts side by side (split below).
                RateTally = db.KpiResults.Where(x => x.ReturnVersionId == v.Id && x.KpiDefinition!.IsRate)
                    .Sum(x => x.Numerator != null && x.Denominator > 0 ? RateWithCountsUnit + 1 : 1L),
                // Subcontracts and those with a total value stated, side by side in one sum as the rate tally is.
                SubcontractTally = db.Subcontracts.Where(s => s.ReturnVersionId == v.Id)
                    .Sum(s => s.TotalValuePence != null ? RateWithCountsUnit + 1 : 1L),
                Satisfaction = db.Satisfaction.Count(s => s.ReturnVersionId == v.Id),
                WithRespondents = db.Satisfaction.Count(s => s.ReturnVersionId == v.Id && s.Respondents > 0),
                MethodsStated = db.Satisfaction.Count(s => s.ReturnVersionId == v.Id && s.Method != SatisfactionMethod.Other),
                DaysLate = published - deadlineDays[q / 10 * 4 + q % 10 - first],
            };

        // Distinct (each version is one row already) keeps the counts in a subquery of their own: without it every
        // count's correlated subquery would be copied into each score and percentage that uses it and run again.
        return from c in counts.Distinct()
               let rateResults = (int)(c.RateTally % RateWithCountsUnit)
               let ratesWithCounts = (int)(c.RateTally / RateWithCountsUnit)
               let subcontracts = (int)(c.SubcontractTally % RateWithCountsUnit)
               let totalsStated = (int)(c.SubcontractTally / RateWithCountsUnit)
               let daysLate = c.DaysLate > 0 ? c.DaysLate : 0
               let contractPoints = c.ActiveContracts == 0 ? W.Contracts : W.Contracts * c.ContractsReported / c.ActiveContracts
               let kpiPoints = c.ExpectedKpis == 0 ? W.Kpis : W.Kpis * c.KpisReported / c.ExpectedKpis
               let sampleItems = rateResults + c.Satisfaction + subcontracts
               let samplePoints = sampleItems == 0 ? W.SampleSizes : W.SampleSizes * (ratesWithCounts + c.WithRespondents + totalsStated) / sampleItems
               let methodPoints = c.Satisfaction == 0 ? W.Methods : W.Methods * c.MethodsStated / c.Satisfaction
               let timelinessPoints = daysLate >= W.Timeliness ? 0 : W.Timeliness - daysLate
               let restatementPoints = W.Restatements - W.PointsPerRestatement * (c.VersionNumber - 1) > 0 ? W.Restatements - W.PointsPerRestatement * (c.VersionNumber - 1) : 0
               select new DataQualityRow
               {
                   ReturnVersionId = c.VersionId,
                   ReturnId = c.ReturnId,
                   ProviderId = c.ProviderId,
                   QuarterCode = c.QuarterCode,
                   VersionNumber = c.VersionNumber,
                   ActiveContracts = c.ActiveContracts,
                   ContractsReported = c.ContractsReported,
                   ExpectedKpis = c.ExpectedKpis,
                   KpisReported = c.KpisReported,
                   SampleSizeItems = sampleItems,
                   SampleSizesPresent = ratesWithCounts + c.WithRespondents + totalsStated,
                   SatisfactionResults = c.Satisfaction,
                   MethodsStated = c.MethodsStated,
                   DaysLate = daysLate,
                   Restatements = c.VersionNumber - 1,
                   ContractPoints = contractPoints,
                   KpiPoints = kpiPoints,
                   SampleSizePoints = samplePoints,
                   MethodPoints = methodPoints,
                   TimelinessPoints = timelinessPoints,
                   RestatementPoints = restatementPoints,
                   Score = contractPoints + kpiPoints + samplePoints + methodPoints + timelinessPoints + restatementPoints,
               };
    }
}
