using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Search;

/// <summary>
/// What the search index should hold, read from the database with projections: one entry per page the site has for a
/// provider, parent group, commissioner and subcontractor (the same rules as the site's page sources), and one per
/// contract and per KPI (found on its contract's page).
/// </summary>
public static class SearchEntrySource
{
    private const double ProviderWeight = 1.0;
    private const double OrganisationWeight = 0.9;
    private const double SubcontractorWeight = 0.8;
    private const double ContractWeight = 0.7;
    private const double KpiWeight = 0.5;

    /// <summary>
    /// Providers, parent groups, commissioners and subcontractors: a few thousand rows at national scale, so they are
    /// read whole every time. A subcontractor has a page while it was paid in a published return in the site's last
    /// year (<paramref name="lastYearFirstCode"/>), as <c>SubcontractorPages</c> has it.
    /// </summary>
    public static async Task<List<SearchEntry>> OrganisationsAsync(TransparencyDbContext db, int lastYearFirstCode, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.Identifier, o.Name, o.RegistrationNumber, o.ParentGroupId }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var groups = await db.ParentGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var contracts = await db.Contracts.AsNoTracking().Select(c => new { c.ProviderId, c.CommissionerId, c.Sector }).ToListAsync(cancellationToken);
        var subcontractors = await db.Subcontracts.AsNoTracking()
            .Where(s => s.QuarterCode >= lastYearFirstCode && db.ReturnVersions.Any(v => v.Id == s.ReturnVersionId && v.Status == PublicStatus.Current))
            .Select(s => s.SubcontractorId).Distinct().ToListAsync(cancellationToken);

        var entries = new List<SearchEntry>();
        foreach (var provider in contracts.GroupBy(c => c.ProviderId).OrderBy(g => g.Key))
        {
            var o = organisations[provider.Key];
            var sectors = provider.Select(c => SiteFormat.SectorName(c.Sector)).Distinct().Order(StringComparer.Ordinal).ToList();
            var group = o.ParentGroupId is { } id ? groups[id] : null;
            entries.Add(Entry(SearchEntryKind.Provider, o.Id, null, o.Name, SiteUrls.Provider(o.Identifier),
                $"Provider · {o.Identifier} · {Count(provider.Count(), "contract")} · {string.Join(", ", sectors)}",
                SearchText.Fold(o.Name, o.Identifier, o.RegistrationNumber), SearchText.Fold([group, .. sectors, "provider"]), ProviderWeight));
        }

        var providerIds = contracts.Select(c => c.ProviderId).ToHashSet();
        foreach (var group in organisations.Values.Where(o => o.ParentGroupId is not null && providerIds.Contains(o.Id)).GroupBy(o => o.ParentGroupId!.Value).OrderBy(g => g.Key))
        {
            var name = groups[group.Key];
            var members = group.Select(o => o.Name).Order(StringComparer.Ordinal).ToList();
            entries.Add(Entry(SearchEntryKind.ParentGroup, group.Key, null, name, SiteUrls.ProvidersInGroup(group.Key, name),
                $"Parent group · {Count(members.Count, "provider")}: {string.Join(", ", members.Take(3))}{(members.Count > 3 ? " and others" : string.Empty)}",
                SearchText.Fold(name), SearchText.Fold([.. members, "parent group"]), OrganisationWeight));
        }

        foreach (var commissioner in contracts.GroupBy(c => c.CommissionerId).OrderBy(g => g.Key))
        {
            var o = organisations[commissioner.Key];
            var sectors = commissioner.Select(c => SiteFormat.SectorName(c.Sector)).Distinct().Order(StringComparer.Ordinal).ToList();
            entries.Add(Entry(SearchEntryKind.Commissioner, o.Id, null, o.Name, SiteUrls.Commissioner(o.Identifier),
                $"Commissioner · {o.Identifier} · {Count(commissioner.Count(), "contract")} · {string.Join(", ", sectors)}",
                SearchText.Fold(o.Name, o.Identifier, o.RegistrationNumber), SearchText.Fold([.. sectors, "commissioner"]), OrganisationWeight));
        }

        foreach (var id in subcontractors.Order())
        {
            var o = organisations[id];
            entries.Add(Entry(SearchEntryKind.Subcontractor, o.Id, null, o.Name, SiteUrls.Subcontractor(o.Identifier), $"Subcontractor · {o.Identifier}",
                SearchText.Fold(o.Name, o.Identifier, o.RegistrationNumber), SearchText.Fold("subcontractor"), SubcontractorWeight));
        }

        return entries;
    }

    /// <summary>The entries of the given contracts (all contracts when null) and of their KPIs.</summary>
    public static async Task<List<SearchEntry>> ContractsAsync(TransparencyDbContext db, IReadOnlyCollection<int>? contractIds, CancellationToken cancellationToken)
    {
        var query = db.Contracts.AsNoTracking();
        if (contractIds is not null)
        {
            query = query.Where(c => contractIds.Contains(c.Id));
        }

        var contracts = await query.OrderBy(c => c.Id).Select(c => new
        {
            c.Id,
            c.Reference,
            c.Title,
            c.Description,
            c.Sector,
            Provider = c.Provider!.Name,
            Commissioner = c.Commissioner!.Name,
            Kpis = c.Kpis.OrderBy(k => k.Id).Select(k => new { k.Id, k.Code, k.Name, k.Description, k.ComparableMeasure }).ToList(),
        }).AsSplitQuery().ToListAsync(cancellationToken);

        var entries = new List<SearchEntry>();
        foreach (var c in contracts)
        {
            var url = SiteUrls.Contract(c.Reference);
            var sector = SiteFormat.SectorName(c.Sector);
            entries.Add(Entry(SearchEntryKind.Contract, c.Id, c.Id, c.Title, url, $"Contract {c.Reference} · {c.Provider} for {c.Commissioner} · {sector}",
                SearchText.Fold(c.Title, c.Reference), SearchText.Fold(c.Provider, c.Commissioner, sector, c.Description, "contract"), ContractWeight));
            foreach (var k in c.Kpis)
            {
                entries.Add(Entry(SearchEntryKind.Kpi, k.Id, c.Id, k.Name, url, $"KPI {k.Code} on {c.Reference}, {c.Title} · {c.Provider}",
                    SearchText.Fold(k.Name, k.Code), SearchText.Fold(k.Description, k.ComparableMeasure, c.Title, c.Reference, c.Provider, "kpi"), KpiWeight));
            }
        }

        return entries;
    }

    private static string Count(int n, string noun) => $"{SiteFormat.Number(n)} {noun}{(n == 1 ? string.Empty : "s")}";

    private static SearchEntry Entry(SearchEntryKind kind, int id, int? contractId, string title, string url, string summary, string terms, string detail, double weight) => new()
    {
        Kind = kind,
        EntityId = id,
        ContractId = contractId,
        Title = Cut(title, 500),
        Url = url,
        Summary = Cut(summary, 1000),
        Name = Cut(SearchText.Fold(title), 500),
        Terms = terms,
        Detail = detail,
        Weight = weight,
    };

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
