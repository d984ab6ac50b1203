using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Insights.Cohorts;

/// <summary>
/// Creaming and parking: where a KPI's results are broken down by cohort, how each cohort fares against the
/// whole-service result reported alongside it, direction-aware, and the gap between best- and worst-served.
/// </summary>
public sealed class CohortInsights(TransparencyDbContext db)
{
    public IQueryable<CohortResultRow> Results()
    {
        var results = Published.KpiResults(db);
        return from c in results
               where c.Cohort != null
               join w in results.Where(w => w.Cohort == null)
                   on new { c.ReturnVersionId, c.KpiDefinitionId } equals new { w.ReturnVersionId, w.KpiDefinitionId }
               let sign = c.KpiDefinition!.Direction == KpiDirection.LowerIsBetter ? -1.0 : 1.0
               select new CohortResultRow
               {
                   KpiResultId = c.Id,
                   KpiDefinitionId = c.KpiDefinitionId,
                   QuarterCode = c.QuarterCode,
                   ContractId = c.ContractId,
                   Cohort = c.Cohort!,
                   Actual = c.Actual,
                   WholeServiceActual = w.Actual,
                   Target = c.KpiDefinition!.Target,
                   GapToWholeService = sign * (c.Actual - w.Actual),
                   GapToTarget = sign * (c.Actual - c.KpiDefinition!.Target),
               };
    }

    public IQueryable<CohortGapRow> Gaps()
    {
        var cohorts = Results();
        return cohorts
            .GroupBy(c => new { c.KpiDefinitionId, c.QuarterCode, c.ContractId })
            .Select(g => new
            {
                g.Key.KpiDefinitionId,
                g.Key.QuarterCode,
                g.Key.ContractId,
                Cohorts = g.Count(),
                WholeServiceActual = g.Max(c => c.WholeServiceActual),
                BestGap = g.Max(c => c.GapToWholeService),
                WorstGap = g.Min(c => c.GapToWholeService),
            })
            .Select(x => new CohortGapRow
            {
                KpiDefinitionId = x.KpiDefinitionId,
                QuarterCode = x.QuarterCode,
                ContractId = x.ContractId,
                KpiCode = db.KpiDefinitions.Where(k => k.Id == x.KpiDefinitionId).Select(k => k.Code).First(),
                CohortDimension = db.KpiDefinitions.Where(k => k.Id == x.KpiDefinitionId).Select(k => k.CohortDimension).First(),
                Cohorts = x.Cohorts,
                WholeServiceActual = x.WholeServiceActual,
                BestGap = x.BestGap,
                WorstGap = x.WorstGap,
                Spread = x.BestGap - x.WorstGap,
                BestCohort = cohorts.Where(c => c.KpiDefinitionId == x.KpiDefinitionId && c.QuarterCode == x.QuarterCode)
                    .OrderByDescending(c => c.GapToWholeService).ThenBy(c => c.Cohort).Select(c => c.Cohort).First(),
                WorstCohort = cohorts.Where(c => c.KpiDefinitionId == x.KpiDefinitionId && c.QuarterCode == x.QuarterCode)
                    .OrderBy(c => c.GapToWholeService).ThenBy(c => c.Cohort).Select(c => c.Cohort).First(),
            });
    }
}
