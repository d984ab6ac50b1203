using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.PublicRecord;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Peer benchmarks for the KPIs of the contracts in scope: for each, the latest quarter's whole-service results of
/// KPIs on other contracts in the same sector that the registry marks as the same comparable measure, of the same
/// kind and unit. Peers come from the whole market even in an incremental build: it takes the last build's values
/// (<see cref="SiteTotalsCache"/>) for the same quarter and re-reads only the contracts in scope, or reads the whole
/// market when there are none.
/// </summary>
public sealed class ReadPeerBenchmarks(TransparencyDbContext db, SiteTotalsCache cache)
{
    public async Task<IReadOnlyDictionary<int, PeerBenchmark>> RunAsync(IReadOnlyCollection<int>? contractIds, int latestQuarter, CancellationToken cancellationToken)
    {
        var previous = contractIds is not null && cache.LastPeers is { } last && last.QuarterCode == latestQuarter ? last : null;
        var values = previous is null
            ? await ReadValuesAsync(null, latestQuarter, cancellationToken)
            : previous.With(contractIds!, await ReadValuesAsync(contractIds, latestQuarter, cancellationToken));
        cache.LastPeers = values;

        var groups = values.ByKpi.Values.Where(v => v.Value is not null)
            .GroupBy(v => v.Group)
            .ToDictionary(g => g.Key, g => new PeerGroup(g.Select(v => (v.ContractId, v.Value!.Value))));
        var benchmarks = new Dictionary<int, PeerBenchmark>();
        foreach (var (kpiId, value) in values.ByKpi.Where(v => contractIds is null || contractIds.Contains(v.Value.ContractId)))
        {
            if (groups.TryGetValue(value.Group, out var group) && group.ExcludingContract(value.ContractId) is { } benchmark)
            {
                benchmarks[kpiId] = benchmark;
            }
        }

        return benchmarks;
    }

    /// <summary>The comparable KPIs of the given contracts (null: of every contract) with their latest whole-service values.</summary>
    private async Task<PeerValues> ReadValuesAsync(IReadOnlyCollection<int>? contractIds, int latestQuarter, CancellationToken cancellationToken)
    {
        var comparable = db.KpiDefinitions.Where(k => k.ComparableMeasure != null);
        if (contractIds is not null)
        {
            var ids = contractIds.ToList();
            comparable = comparable.Where(k => ids.Contains(k.ContractId));
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

        return new PeerValues(latestQuarter, kpis.ToDictionary(k => k.Kpi.Id, k => new PeerValue(
            k.Kpi.ContractId,
            new PeerGroupKey(k.Sector, k.Measure, k.Kpi.Kind, k.Kpi.Unit),
            lines[k.Kpi.Id].Any() ? WholeService.Pick(lines[k.Kpi.Id].ToList(), k.Kpi).Actual : null)));
    }
}
