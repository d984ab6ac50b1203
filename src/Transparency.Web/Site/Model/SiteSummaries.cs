namespace Transparency.Web.Site.Model;

/// <summary>
/// The figures added up across many contracts: each sector's figures, the home page's headlines, and each in-scope
/// KPI's peer benchmark. The home, sector and contract pages read this.
/// </summary>
public sealed class SiteSummaries
{
    public required IReadOnlyList<SectorFigures> Sectors { get; init; }

    public required Headlines Headlines { get; init; }

    /// <summary>Each in-scope KPI's peer benchmark for the latest quarter due, by KPI id; absent where there are too few peers.</summary>
    public IReadOnlyDictionary<int, PeerBenchmark> PeerBenchmarks { get; init; } = new Dictionary<int, PeerBenchmark>();
}
