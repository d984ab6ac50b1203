using Transparency.Web.Domain;

namespace Transparency.Web.Demo;

/// <summary>The organisations, contracts and KPIs of a generated dataset, before any returns.</summary>
public sealed class DemoStructure
{
    public List<ParentGroup> Groups { get; } = [];

    public List<Organisation> Organisations { get; } = [];

    public List<Contract> Contracts { get; } = [];

    public List<ContractArea> Areas { get; } = [];

    public List<KpiDefinition> Kpis { get; } = [];

    /// <summary>The first area of each contract: where its KPI results are reported for regional comparisons.</summary>
    public Dictionary<int, string> PrimaryAreas { get; } = [];

    public Dictionary<int, ProviderTraits> Traits { get; } = [];

    public Dictionary<int, List<PlannedSubcontract>> Subcontracts { get; } = [];

    /// <summary>Provider ids in ascending order, each with its contracts in id order.</summary>
    public SortedDictionary<int, List<Contract>> ContractsByProvider { get; } = [];

    public Dictionary<int, List<KpiDefinition>> KpisByContract { get; } = [];
}
