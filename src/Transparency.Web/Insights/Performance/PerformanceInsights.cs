using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Insights.Performance;

/// <summary>
/// KPI ratings from published whole-service results (rows without a cohort): their distribution, KPIs below
/// target quarter after quarter, and change against the same quarter a year earlier.
/// </summary>
public sealed class PerformanceInsights(TransparencyDbContext db)
{
    // Each result carries its contract, so the contract is joined directly from the result's covering index
    // rather than through its KPI definition: one lookup fewer for every result counted.
    public IQueryable<RatingDistributionRow> ByContract() =>
        Distribution(WholeService().Join(db.Contracts, r => r.ContractId, c => c.Id, (r, c) => new Rated { Key = c.Reference, Name = c.Title, QuarterCode = r.QuarterCode, Rating = r.Rating }));

    public IQueryable<RatingDistributionRow> ByProvider() =>
        Distribution(WholeService().Join(db.Contracts, r => r.ContractId, c => c.Id, (r, c) => new Rated { Key = c.Provider!.Identifier, Name = c.Provider.Name, QuarterCode = r.QuarterCode, Rating = r.Rating }));

    public IQueryable<RatingDistributionRow> ByCommissioner() =>
        Distribution(WholeService().Join(db.Contracts, r => r.ContractId, c => c.Id, (r, c) => new Rated { Key = c.Commissioner!.Identifier, Name = c.Commissioner.Name, QuarterCode = r.QuarterCode, Rating = r.Rating }));

    public IQueryable<RatingDistributionRow> ByQuarter() =>
        Distribution(WholeService().Select(r => new Rated { Key = "all", Name = "All contracts", QuarterCode = r.QuarterCode, Rating = r.Rating }));

    public IQueryable<PersistentUnderperformanceRow> PersistentUnderperformance()
    {
        var results = WholeService();
        return from r in results
               where r.Rating == KpiRating.RequiresImprovement || r.Rating == KpiRating.Inadequate
               let previousCode = r.QuarterCode % 10 == 1 ? r.QuarterCode - 7 : r.QuarterCode - 1
               where results.Any(p => p.KpiDefinitionId == r.KpiDefinitionId && p.QuarterCode == previousCode
                   && (p.Rating == KpiRating.RequiresImprovement || p.Rating == KpiRating.Inadequate))
               let lastBetter = results
                   .Where(p => p.KpiDefinitionId == r.KpiDefinitionId && p.QuarterCode < r.QuarterCode
                       && p.Rating != KpiRating.RequiresImprovement && p.Rating != KpiRating.Inadequate)
                   .Max(p => (int?)p.QuarterCode) ?? 0
               select new PersistentUnderperformanceRow
               {
                   KpiDefinitionId = r.KpiDefinitionId,
                   QuarterCode = r.QuarterCode,
                   ContractId = r.ContractId,
                   ContractReference = r.KpiDefinition!.Contract!.Reference,
                   ProviderId = r.KpiDefinition.Contract.ProviderId,
                   KpiCode = r.KpiDefinition.Code,
                   KpiName = r.KpiDefinition.Name,
                   Rating = r.Rating == KpiRating.Inadequate ? nameof(KpiRating.Inadequate) : nameof(KpiRating.RequiresImprovement),
                   QuartersRunning = results.Count(p => p.KpiDefinitionId == r.KpiDefinitionId && p.QuarterCode > lastBetter && p.QuarterCode <= r.QuarterCode),
               };
    }

    public IQueryable<YearOnYearRow> YearOnYear()
    {
        var results = WholeService();
        return from r in results
               join e in results on new { r.KpiDefinitionId, Code = r.QuarterCode - 10 } equals new { e.KpiDefinitionId, Code = e.QuarterCode }
               select new YearOnYearRow
               {
                   KpiDefinitionId = r.KpiDefinitionId,
                   QuarterCode = r.QuarterCode,
                   ContractId = r.ContractId,
                   KpiCode = r.KpiDefinition!.Code,
                   Target = r.KpiDefinition.Target,
                   Actual = r.Actual,
                   ActualYearEarlier = e.Actual,
                   Change = r.Actual - e.Actual,
                   Improvement = r.KpiDefinition.Direction == KpiDirection.LowerIsBetter ? e.Actual - r.Actual : r.Actual - e.Actual,
                   Rating = r.Rating.ToString(),
                   RatingYearEarlier = e.Rating.ToString(),
               };
    }

    private IQueryable<KpiResult> WholeService() => Published.KpiResults(db).Where(r => r.Cohort == null);

    private static IQueryable<RatingDistributionRow> Distribution(IQueryable<Rated> results) =>
        results.GroupBy(r => new { r.Key, r.Name, r.QuarterCode })
            .Select(g => new RatingDistributionRow
            {
                Key = g.Key.Key,
                Name = g.Key.Name,
                QuarterCode = g.Key.QuarterCode,
                Results = g.Count(),
                Good = g.Count(r => r.Rating == KpiRating.Good),
                ApproachingTarget = g.Count(r => r.Rating == KpiRating.ApproachingTarget),
                RequiresImprovement = g.Count(r => r.Rating == KpiRating.RequiresImprovement),
                Inadequate = g.Count(r => r.Rating == KpiRating.Inadequate),
                Other = g.Count(r => r.Rating == KpiRating.Other),
                BelowTargetShare = 100.0 * g.Count(r => r.Rating == KpiRating.RequiresImprovement || r.Rating == KpiRating.Inadequate) / g.Count(),
            });
}
