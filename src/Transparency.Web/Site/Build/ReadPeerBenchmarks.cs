using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Peer benchmarks for the KPIs of the contracts in scope: for each, the latest quarter's whole-service results of
/// KPIs on other contracts in the same sector that the registry marks as the same comparable measure, of the same
/// kind and unit. Peers come from the whole market even in an incremental build, but only for the sectors and
/// measures the contracts in scope have.
/// </summary>
public sealed class ReadPeerBenchmarks(TransparencyDbContext db)
{
    public async Task<IReadOnlyDictionary<int, PeerBenchmark>> RunAsync(IReadOnlyCollection<int>? contractIds, int latestQuarter, CancellationToken cancellationToken)
    {
        var comparable = db.KpiDefinitions.Where(k => k.ComparableMeasure != null);
        if (contractIds is not null)
        {
            var ids = contractIds.ToList();
            var measures = await comparable.Where(k => ids.Contains(k.ContractId)).Select(k => k.ComparableMeasure!).Distinct().ToListAsync(cancellationToken);
            comparable = comparable.Where(k => measures.Contains(k.ComparableMeasure!));
        }

        var kpis = await comparable
            .Select(k => new { Kpi = new SiteKpi(k.Id, k.ContractId, k.Code, k.Name, null, k.Kind, k.Unit, k.Target, k.Direction, false), k.Contract!.Sector, Measure = k.ComparableMeasure! })
            .ToListAsync(cancellationToken);
        var kpiIds = comparable.Select(k => k.Id);
        var lines = (await db.KpiResults
            .Where(r => r.QuarterCode == latestQuarter && r.Cohort == null && kpiIds.Contains(r.KpiDefinitionId)
                && db.ReturnVersions.Any(v => v.Id == r.ReturnVersionId && v.Status == PublicStatus.Current))
            .Select(r => new KpiPoint(r.KpiDefinitionId, r.ContractId, r.QuarterCode, r.Cohort, r.AreaCode, r.Actual, r.Numerator, r.Denominator, r.Rating, r.RatingDerived))
            .ToListAsync(cancellationToken)).ToLookup(r => r.KpiId);

        var groups = kpis.Where(k => lines[k.Kpi.Id].Any())
            .GroupBy(k => (k.Sector, k.Measure, k.Kpi.Kind, k.Kpi.Unit))
            .ToDictionary(g => g.Key, g => new PeerGroup(g.Select(k => (k.Kpi.ContractId, WholeService.Pick(lines[k.Kpi.Id].ToList(), k.Kpi).Actual))));
        var benchmarks = new Dictionary<int, PeerBenchmark>();
        foreach (var k in kpis.Where(k => contractIds is null || contractIds.Contains(k.Kpi.ContractId)))
        {
            if (groups.TryGetValue((k.Sector, k.Measure, k.Kpi.Kind, k.Kpi.Unit), out var group) && group.ExcludingContract(k.Kpi.ContractId) is { } benchmark)
            {
                benchmarks[k.Kpi.Id] = benchmark;
            }
        }

        return benchmarks;
    }
}
