using Transparency.Web.Domain;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>
/// The no-JavaScript ways in: providers A to Z, providers by sector, legal form and parent group, and the
/// commissioner and subcontractor indexes. Names do not change on publication, so only full builds write them.
/// </summary>
public sealed class DirectoryPages : IPageSource
{
    public IEnumerable<PageJob> Plan(SiteData data, SiteContext site)
    {
        if (!data.Scope.IsEverything)
        {
            yield break;
        }

        var providers = data.Registry.Contracts.Select(c => c.ProviderId).Distinct().Select(id => data.Registry.Organisations[id]).OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id).ToList();
        var filters = Filters(data, providers);
        yield return new PageJob(SiteUrls.Providers, () => List(data, SiteUrls.Providers, "Providers A to Z",
            $"{SiteFormat.Number(providers.Count)} organisations publish their funding and performance here. Choose a letter, or narrow the list by sector, legal form or parent group.",
            filters, null, null));
        foreach (var letter in providers.GroupBy(p => Letter(p.Name)))
        {
            var url = SiteUrls.ProvidersByLetter(letter.Key);
            var items = letter.ToList();
            yield return new PageJob(url, () => List(data, url, $"Providers: {letter.Key}", $"{items.Count} {(items.Count == 1 ? "provider" : "providers")} whose names start with {letter.Key}.", filters, items, "providers.csv"));
        }

        foreach (var sector in Enum.GetValues<Sector>())
        {
            var url = SiteUrls.ProvidersInSector(sector);
            var ids = data.Registry.Contracts.Where(c => c.Sector == sector).Select(c => c.ProviderId).ToHashSet();
            var items = providers.Where(p => ids.Contains(p.Id)).ToList();
            yield return new PageJob(url, () => List(data, url, $"Providers in {SiteFormat.SectorName(sector).ToLowerInvariant()}", $"{items.Count} providers hold contracts in this sector.", filters, items, "providers.csv"));
        }

        foreach (var form in Enum.GetValues<LegalForm>())
        {
            var url = SiteUrls.ProvidersWithLegalForm(form);
            var items = providers.Where(p => p.LegalForm == form).ToList();
            yield return new PageJob(url, () => List(data, url, $"Providers: {SiteFormat.LegalFormName(form).ToLowerInvariant()}", $"{items.Count} providers have this legal form.", filters, items, "providers.csv"));
        }

        foreach (var group in providers.Where(p => p.ParentGroupId is not null).GroupBy(p => p.ParentGroupId!.Value).OrderBy(g => g.Key))
        {
            var name = data.Registry.ParentGroups[group.Key];
            var url = SiteUrls.ProvidersInGroup(group.Key, name);
            var items = group.ToList();
            yield return new PageJob(url, () => List(data, url, $"Providers in the {name} group", $"{items.Count} providers belong to this parent group.", filters, items, "providers.csv"));
        }

        yield return new PageJob(SiteUrls.Commissioners, () => Organisations(data, SiteUrls.Commissioners, "Commissioners",
            "Public bodies that buy services from the providers on this site.", data.Registry.Contracts.Select(c => c.CommissionerId), SiteUrls.Commissioner, "commissioners"));
        yield return new PageJob(SiteUrls.Subcontractors, () => Organisations(data, SiteUrls.Subcontractors, "Subcontractors",
            "Organisations paid by providers to deliver part of a contract in the last year.", data.Facts.SubcontractorIds, SiteUrls.Subcontractor, "providers"));
    }

    private static char Letter(string name) => char.IsAsciiLetter(name[0]) ? char.ToUpperInvariant(name[0]) : '#';

    private static List<LinkGroup> Filters(SiteData data, List<SiteOrganisation> providers) =>
    [
        new("Providers A to Z", providers.Select(p => Letter(p.Name)).Distinct().Order().Select(l => (l.ToString(), SiteUrls.ProvidersByLetter(l))).ToList()),
        new("By sector", Enum.GetValues<Sector>().Select(s => (SiteFormat.SectorName(s), SiteUrls.ProvidersInSector(s))).ToList()),
        new("By legal form", Enum.GetValues<LegalForm>().Select(f => (SiteFormat.LegalFormName(f), SiteUrls.ProvidersWithLegalForm(f))).ToList()),
        new("By parent group", providers.Where(p => p.ParentGroupId is not null).Select(p => p.ParentGroupId!.Value).Distinct()
            .Select(id => (data.Registry.ParentGroups[id], SiteUrls.ProvidersInGroup(id, data.Registry.ParentGroups[id]))).OrderBy(g => g.Item1, StringComparer.Ordinal).ToList()),
    ];

    private static SitePage List(SiteData data, string url, string heading, string lead, List<LinkGroup> filters, List<SiteOrganisation>? items, string? csv)
    {
        var sectors = data.Registry.ContractsByProvider;
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

    private static SitePage Organisations(SiteData data, string url, string heading, string lead, IEnumerable<int> ids, Func<string, string> link, string section)
    {
        var items = ids.Distinct().Select(id => data.Registry.Organisations[id]).OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id).ToList();
        var table = new SiteTable(heading, [new("Name"), new("Identifier"), new("Legal form")],
            items.Select(o => (IReadOnlyList<SiteCell>)[new SiteCell(o.Name, link(o.Identifier)), o.Identifier, SiteFormat.LegalFormName(o.LegalForm)]).ToList(),
            $"{SiteUrls.Slug(heading)}.csv", ODataLinks.Organisations(null));
        var meta = new PageMeta(url, heading, lead) { Section = section, Breadcrumbs = [("Home", SiteUrls.Home)] };
        return new SitePage(meta, typeof(ListView), new ListModel("Directory", heading, lead, [], table), [table]);
    }
}
