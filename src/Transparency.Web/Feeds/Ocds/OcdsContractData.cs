using Transparency.Web.Domain;
using Transparency.Web.PerformanceNotices;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>A contract with its organisations, KPIs, the facts of every public version of every return about it, and its ready notices.</summary>
public sealed record OcdsContractData(Contract Contract, IReadOnlyList<OcdsVersion> Versions)
{
    /// <summary>The current published version of each quarter: what the compiled release shows.</summary>
    public IEnumerable<OcdsVersion> Current => Versions.Where(v => v.Status == PublicStatus.Current);

    /// <summary>The contract's ready performance notices (UK9), oldest period first: one implementation release each.</summary>
    public IReadOnlyList<PerformanceNotice> Notices { get; init; } = [];
}
