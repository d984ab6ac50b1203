using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>One public version of a return, with what changed from the version it replaced.</summary>
public sealed record VersionEntry(Quarter Quarter, VersionRow Version, IReadOnlyList<string> Changes, int UnchangedCount);

public sealed record ReturnHistoryModel(SiteOrganisation Provider, IReadOnlyList<VersionEntry> Versions, SiteTable Table)
{
    private const int MaxChangesShown = 25;

    public static SitePage Create(SiteData data, SiteContext site, int providerId)
    {
        var provider = data.Organisations[providerId];
        var url = SiteUrls.ProviderReturns(provider.Identifier);
        var entries = new List<VersionEntry>();
        foreach (var row in data.ReturnsByProvider[providerId].OrderByDescending(r => r.QuarterCode))
        {
            // Withdrawn and draft versions are never public; superseded ones stay, as the record of what was first said.
            var versions = data.VersionsByReturn[row.Id].Where(v => v.Status is ReturnVersionStatus.Published or ReturnVersionStatus.Superseded)
                .OrderByDescending(v => v.VersionNumber).ToList();
            foreach (var version in versions)
            {
                var (changes, unchanged) = version.SupersedesVersionId is { } previous ? Compare(data, previous, version.Id) : ([], 0);
                entries.Add(new VersionEntry(Quarter.FromCode(row.QuarterCode), version, changes, unchanged));
            }
        }

        var withPages = ReturnVersionModel.PagesOf(data, providerId).Select(p => p.Version.Id).ToHashSet();
        var table = new SiteTable("Published return versions",
            [new("Quarter"), new("Version", true), new("Status"), new("Published"), new("Reason for correction")],
            entries.Select(e => (IReadOnlyList<SiteCell>)[
                e.Quarter.ToString(),
                new SiteCell(SiteFormat.Number(e.Version.VersionNumber ?? 0), withPages.Contains(e.Version.Id) ? SiteUrls.ReturnVersion(provider.Identifier, e.Quarter, e.Version.VersionNumber!.Value) : null),
                e.Version.Status == ReturnVersionStatus.Published ? "Current" : "Replaced by a correction",
                new SiteCell(e.Version.PublishedAt is { } at ? SiteFormat.Date(at) : "Not published", Csv: e.Version.PublishedAt is { } p ? SiteFormat.IsoDate(p) : string.Empty),
                e.Version.RestatementReason ?? string.Empty]).ToList(),
            "returns.csv", ODataLinks.ReturnsForProvider(providerId));
        var meta = new PageMeta(url, $"Returns from {provider.Name}", $"Every quarterly return {provider.Name} has published, and what each correction changed.")
        {
            Section = "providers",
            Breadcrumbs = [("Home", SiteUrls.Home), ("Providers", SiteUrls.Providers), (provider.Name, SiteUrls.Provider(provider.Identifier))],
        };
        return new SitePage(meta, typeof(ReturnHistoryView), new ReturnHistoryModel(provider, entries, table), [table]);
    }

    /// <summary>Readable sentences for each figure that differs between two versions, funding first.</summary>
    private static (IReadOnlyList<string> Changes, int Unchanged) Compare(SiteData data, int beforeId, int afterId)
    {
        var before = data.FiguresByVersion[beforeId].ToDictionary(f => f.Key);
        var after = data.FiguresByVersion[afterId].ToDictionary(f => f.Key);
        var changes = new List<string>();
        var unchanged = 0;
        foreach (var key in before.Keys.Union(after.Keys).Order())
        {
            var old = before.GetValueOrDefault(key);
            var now = after.GetValueOrDefault(key);
            if (old is not null && now is not null && Math.Abs(old.Value - now.Value) < 1e-9 && old.Rating == now.Rating)
            {
                unchanged++;
                continue;
            }

            changes.Add(Describe(data, old, now));
        }

        return (changes.Take(MaxChangesShown).ToList(), unchanged);
    }

    private static string Describe(SiteData data, VersionFigure? old, VersionFigure? now)
    {
        var figure = (now ?? old)!;
        var contract = data.ContractsById.TryGetValue(figure.ContractId, out var c) ? c.Reference : $"contract {figure.ContractId}";
        if (figure.IsFunding)
        {
            var type = Enum.TryParse<PaymentType>(figure.Detail, out var t) ? SiteFormat.PaymentTypeName(t).ToLowerInvariant() : figure.Detail;
            return $"{contract}, {type}: {(old is null ? "none" : SiteFormat.Pounds((long)old.Value))} became {(now is null ? "none" : SiteFormat.Pounds((long)now.Value))}.";
        }

        var kpi = data.KpisByContract[figure.ContractId].FirstOrDefault(k => k.Id == figure.KpiId);
        var name = kpi is null ? $"KPI {figure.KpiId}" : $"{kpi.Code} {kpi.Name}";
        var cohort = figure.Detail.Length > 0 ? $" ({figure.Detail})" : string.Empty;
        string Show(VersionFigure? f) => f is null ? "not reported" : $"{(kpi is null ? SiteFormat.Invariant(f.Value) : SiteFormat.KpiValue(f.Value, kpi.Unit))} ({f.Rating?.Label()})";
        return $"{contract}, {name}{cohort}: {Show(old)} became {Show(now)}.";
    }
}
