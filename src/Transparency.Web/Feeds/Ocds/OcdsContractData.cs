using Transparency.Web.Domain;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>A contract with its organisations, KPIs and the facts of every public version of every return about it.</summary>
public sealed record OcdsContractData(Contract Contract, IReadOnlyList<OcdsVersion> Versions)
{
    /// <summary>The current published version of each quarter: what the compiled release shows.</summary>
    public IEnumerable<OcdsVersion> Current => Versions.Where(v => v.Status == ReturnVersionStatus.Published);
}
