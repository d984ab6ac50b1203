using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Insights.Regions;

/// <summary>
/// Regional variation of comparable KPIs (those sharing a <see cref="KpiDefinition.ComparableMeasure"/>): each
/// region's mean whole-service result is placed in thirds of the range between the lowest and highest regions.
/// When every region has the same mean there is no range and all are amber.
/// </summary>
public sealed class RegionInsights(TransparencyDbContext db)
{
    public const string Green = "Green";
    public const string Amber = "Amber";
    public const string Red = "Red";

    /// <summary>
    /// Every measure, region and quarter; pass <paramref name="quarterCode"/> to compute one quarter only. The
    /// quarter goes into both the regional averages and their ranges, which SQLite would not infer from a filter
    /// on the result.
    /// </summary>
    public IQueryable<RegionalVariationRow> Variation(int? quarterCode = null)
    {
        // The KPI's measure and direction are joined once per result, not looked up again for every group.
        var regional = Published.KpiResults(db)
            .Where(r => r.Cohort == null && r.AreaCode != null && (quarterCode == null || r.QuarterCode == quarterCode))
            .Join(db.KpiDefinitions.Where(k => k.ComparableMeasure != null), r => r.KpiDefinitionId, k => k.Id, (r, k) => new
            {
                Measure = k.ComparableMeasure!,
                AreaCode = r.AreaCode!,
                r.QuarterCode,
                Lower = k.Direction == KpiDirection.LowerIsBetter ? 1 : 0,
                r.Actual,
            })
            .GroupBy(r => new { r.Measure, r.AreaCode, r.QuarterCode })
            .Select(g => new
            {
                g.Key.Measure,
                g.Key.AreaCode,
                g.Key.QuarterCode,
                LowerIsBetter = g.Max(r => r.Lower) == 1,
                Results = g.Count(),
                Average = g.Average(r => r.Actual),
            });
        var ranges = regional
            .GroupBy(r => new { r.Measure, r.QuarterCode })
            .Select(g => new { g.Key.Measure, g.Key.QuarterCode, Low = g.Min(r => r.Average), High = g.Max(r => r.Average) });

        return from r in regional
               join m in ranges on new { r.Measure, r.QuarterCode } equals new { m.Measure, m.QuarterCode }
               let range = m.High - m.Low
               let position = 3 * (r.Average - m.Low)
               select new RegionalVariationRow
               {
                   ComparableMeasure = r.Measure,
                   AreaCode = r.AreaCode,
                   QuarterCode = r.QuarterCode,
                   LowerIsBetter = r.LowerIsBetter,
                   Results = r.Results,
                   Average = r.Average,
                   LowestRegion = m.Low,
                   HighestRegion = m.High,
                   Rag = range <= 0 ? Amber
                       : r.LowerIsBetter
                           ? (position <= range ? Green : position > 2 * range ? Red : Amber)
                           : (position >= 2 * range ? Green : position < range ? Red : Amber),
               };
    }
}
