namespace Transparency.Web.Site.Model;

/// <summary>
/// The registry as the build read it: who the organisations are, their parent groups, the contracts, the areas each
/// contract covers and the KPIs each reports. Pages that name or link an organisation or contract read this.
/// </summary>
public sealed class SiteRegistry
{
    public required IReadOnlyDictionary<int, SiteOrganisation> Organisations { get; init; }

    public required IReadOnlyDictionary<int, string> ParentGroups { get; init; }

    public required IReadOnlyList<SiteContract> Contracts { get; init; }

    public required ILookup<int, string> AreasByContract { get; init; }

    public required ILookup<int, SiteKpi> KpisByContract { get; init; }

    public ILookup<int, SiteContract> ContractsByProvider => _byProvider ??= Contracts.ToLookup(c => c.ProviderId);

    public ILookup<int, SiteContract> ContractsByCommissioner => _byCommissioner ??= Contracts.ToLookup(c => c.CommissionerId);

    public IReadOnlyDictionary<int, SiteContract> ContractsById => _byId ??= Contracts.ToDictionary(c => c.Id);

    public string OrganisationName(int id) => Organisations.TryGetValue(id, out var o) ? o.Name : $"Organisation {id}";

    private ILookup<int, SiteContract>? _byProvider;
    private ILookup<int, SiteContract>? _byCommissioner;
    private IReadOnlyDictionary<int, SiteContract>? _byId;
}
