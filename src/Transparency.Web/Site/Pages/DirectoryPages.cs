using Transparency.Web.Domain;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>
/// The no-JavaScript ways in: providers A to Z, providers by sector, legal form and parent group, and the
/// commissioner and subcontractor indexes. Names do not change on publication, so only full builds write them.
/// </summary>
public sealed class DirectoryPages : PageSource<DirectoryPages.Inputs>
{
    /// <summary>What the directory pages read: the registry, and which organisations were paid as subcontractors.</summary>
    public sealed record Inputs(SiteScope Scope, SiteRegistry Registry, IReadOnlySet<int> SubcontractorIds);

    protected override Inputs InputsFrom(SiteData data) => new(data.Scope, data.Registry, data.Facts.SubcontractorIds);

    public override IEnumerable<PageJob> Plan(Inputs inputs, SiteContext site)
    {
        if (!inputs.Scope.IsEverything)
        {
            yield break;
        }

        var registry = inputs.Registry;
        var providers = registry.Contracts.Select(c => c.ProviderId).Distinct().Select(id => registry.Organisations[id]).OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id).ToList();
        var filters = Filters(registry, providers);
        yield return new PageJob(SiteUrls.Providers, () => List(registry, SiteUrls.Providers, "Providers A to Z",
            $"{SiteFormat.Number(providers.Count)} organisations publish their funding and performance here. Choose a letter, or narrow the list by sector, legal form or parent group.",
            filters, null, null));
        foreach (var letter in providers.GroupBy(p => Letter(p.Name)))
        {
            var url = SiteUrls.ProvidersByLetter(letter.Key);
            var items = letter.ToList();
            yield return new PageJob(url, () => List(registry, url, $"Providers: {letter.Key}", $"{items.Count} {(items.Count == 1 ? "provider" : "providers")} whose names start with {letter.Key}.", filters, items, "providers.csv"));
        }

        foreach (var sector in Enum.GetValues<Sector>())
        {
            var url = SiteUrls.ProvidersInSector(sector);
            var ids = registry.Contracts.Where(c => c.Sector == sector).Select(c => c.ProviderId).ToHashSet();
            var items = providers.Where(p => ids.Contains(p.Id)).ToList();
            yield return new PageJob(url, () => List(registry, url, $"Providers in {SiteFormat.SectorName(sector).ToLowerInvariant()}", $"{items.Count} providers hold contracts in this sector.", filters, items, "providers.csv"));
        }

        foreach (var form in Enum.GetValues<LegalForm>())
        {
            var url = SiteUrls.ProvidersWithLegalForm(form);
            var items = providers.Where(p => p.LegalForm == form).ToList();
            yield return new PageJob(url, () => List(registry, url, $"Providers: {SiteFormat.LegalFormName(form).ToLowerInvariant()}", $"{items.Count} providers have this legal form.", filters, items, "providers.csv"));
        }

        foreach (var group in providers.Where(p => p.ParentGroupId is not null).GroupBy(p => p.ParentGroupId!.Value).OrderBy(g => g.Key))
        {
            var name = registry.ParentGroups[group.Key];
            var url = SiteUrls.ProvidersInGroup(group.Key, name);
            var items = group.ToList();
            yield return new PageJob(url, () => List(registry, url, $"Providers in the {name} group", $"{items.Count} providers belong to this parent group.", filters, items, "providers.csv"));
        }

        yield return new PageJob(SiteUrls.Commissioners, () => Organisations(registry, SiteUrls.Commissioners, "Commissioners",
            "Public bodies that buy services from the providers on this site.", registry.Contracts.Select(c => c.CommissionerId), SiteUrls.Commissioner, "commissioners"));
        yield return new PageJob(SiteUrls.Subcontractors, () => Organisations(registry, SiteUrls.Subcontractors, "Subcontractors",
            "Organisations paid by providers to deliver part of a contract in the last year.", inputs.SubcontractorIds, SiteUrls.Subcontractor, "providers"));
    }

    private static char Letter(string name) => char.IsAsciiLetter(name[0]) ? char.ToUpperInvariant(name[0]) : '#';

    private static List<LinkGroup> Filters(SiteRegistry registry, List<SiteOrganisation> providers) =>
    [
        new("Providers A to Z", providers.Select(p => Letter(p.Name)).Distinct().Order().Select(l => (l.ToString(), SiteUrls.ProvidersByLetter(l))).ToList()),
        new("By sector", Enum.GetValues<Sector>().Select(s => (SiteFormat.SectorName(s), SiteUrls.ProvidersInSector(s))).ToList()),
        new("By legal form", Enum.GetValues<LegalForm>().Select(f => (SiteFormat.LegalFormName(f), SiteUrls.ProvidersWithLegalForm(f))).ToList()),
        new("By parent group", providers.Where(p => p.ParentGroupId is not null).Select(p => p.ParentGroupId!.Value).Distinct()
            .Select(id => (registry.ParentGroups[id], SiteUrls.ProvidersInGroup(id, registry.ParentGroups[id]))).OrderBy(g => g.Item1, StringComparer.Ordinal).ToList()),
    ];

    private static SitePage List(SiteRegistry registry, string url, string heading, string lead, List<LinkGroup> filters, List<SiteOrganisation>? items, string? csv)
    {
        var sectors = registry.ContractsByProvider;
        var table = items is null ? null : new SiteTable(heading,
            [new("Provider"), new("Legal form"), new("Sectors"), new("Contracts", true)],
            items.Select(p => (IReadOnlyList<SiteCell>)[
                new SiteCell(p.Name, SiteUrls.Provider(p.Identifier)), SiteFormat.LegalFormName(p.LegalForm),
                string.Join(", ", sectors[p.Id].Select(c => c.Sector).Distinct().Order().Select(SiteFormat.SectorName)),
                SiteFormat.Number(sectors[p.Id].Count())]).ToList(),
            csv!, ODataLinks.Organisations(null));
        var meta = new PageMeta(url, heading, lead)
        {
            Section = "providers",
            Breadcrumbs = url == SiteUrls.Providers ? [("Home", SiteUrls.Home)] : [("Home", SiteUrls.Home), ("Providers", SiteUrls.Providers)],
        };
        return new SitePage(meta, typeof(ListView), new ListModel("Providers", heading, lead, filters, table), table is null ? [] : [table]);
    }

    private static SitePage Organisations(SiteRegistry registry, string url, string heading, string lead, IEnumerable<int> ids, Func<string, string> link, string section)
    {
        var items = ids.Distinct().Select(id => registry.Organisations[id]).OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id).ToList();
        var table = new SiteTable(heading, [new("Name"), new("Identifier"), new("Legal form")],
            items.Select(o => (IReadOnlyList<SiteCell>)[new SiteCell(o.Name, link(o.Identifier)), o.Identifier, SiteFormat.LegalFormName(o.LegalForm)]).ToList(),
            $"{SiteUrls.Slug(heading)}.csv", ODataLinks.Organisations(null));
        var meta = new PageMeta(url, heading, lead) { Section = section, Breadcrumbs = [("Home", SiteUrls.Home)] };
        return new SitePage(meta, typeof(ListView), new ListModel("Directory", heading, lead, [], table), [table]);
    }
}
