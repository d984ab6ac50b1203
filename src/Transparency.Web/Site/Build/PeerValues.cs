using Transparency.Web.Domain;

namespace Transparency.Web.Site.Build;

/// <summary>
/// The latest quarter's whole-service value of every KPI the registry marks comparable (null where it reported none),
/// with the group it is compared within. Kept between builds (<see cref="SiteTotalsCache"/>) so that a scoped build
/// reads the values of its own contracts only: reading the whole market's took 1.3 s of a national incremental build.
/// </summary>
public sealed record PeerValues(int QuarterCode, IReadOnlyDictionary<int, PeerValue> ByKpi)
{
    /// <summary>These values with those of the given contracts replaced by <paramref name="fresh"/>, read for those contracts alone.</summary>
    public PeerValues With(IReadOnlyCollection<int> contractIds, PeerValues fresh)
    {
        var merged = ByKpi.Where(v => !contractIds.Contains(v.Value.ContractId)).ToDictionary(v => v.Key, v => v.Value);
        foreach (var (kpiId, value) in fresh.ByKpi)
        {
            merged[kpiId] = value;
        }

        return new PeerValues(QuarterCode, merged);
    }
}

/// <summary>One comparable KPI's latest value and the peers it is compared with: the same sector, measure, kind and unit.</summary>
public readonly record struct PeerValue(int ContractId, PeerGroupKey Group, double? Value);

public readonly record struct PeerGroupKey(Sector Sector, string Measure, KpiKind Kind, KpiUnit Unit);
