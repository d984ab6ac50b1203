using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>
/// One public version of a return. A correction also carries what it changed from the version it replaced (that
/// version's number, and the changed lines as a table with its own CSV) and how many lines stayed the same.
/// </summary>
public sealed record VersionEntry(Quarter Quarter, VersionRow Version, int? ReplacedNumber, SiteTable? Changes, int UnchangedCount);

public sealed record ReturnHistoryModel(SiteOrganisation Provider, IReadOnlyList<VersionEntry> Versions, SiteTable Table)
{
    public static SitePage Create(SitePeriod period, SiteRegistry registry, SiteReturns returns, int providerId)
    {
        var provider = registry.Organisations[providerId];
        var url = SiteUrls.ProviderReturns(provider.Identifier);
        var entries = new List<VersionEntry>();
        foreach (var row in returns.ReturnsByProvider[providerId].OrderByDescending(r => r.QuarterCode))
        {
            // Withdrawn and draft versions are never public; superseded ones stay, as the record of what was first said.
            var versions = returns.VersionsByReturn[row.Id].Where(v => PublicStatus.IsPublic(v.Status))
                .OrderByDescending(v => v.VersionNumber).ToList();
            var quarter = Quarter.FromCode(row.QuarterCode);
            foreach (var version in versions)
            {
                var replaced = versions.FirstOrDefault(v => v.Id == version.SupersedesVersionId);
                if (version.SupersedesVersionId is not { } previous)
                {
                    entries.Add(new VersionEntry(quarter, version, null, null, 0));
                    continue;
                }

                var (changes, unchanged) = VersionChanges.Between(registry, returns, previous, version.Id);
                entries.Add(new VersionEntry(quarter, version, replaced?.VersionNumber, ChangesTable(quarter, version, replaced, changes), unchanged));
            }
        }

        var withPages = ReturnVersionModel.PagesOf(period, returns, providerId).Select(p => p.Version.Id).ToHashSet();
        var table = new SiteTable("Published return versions",
            [new("Quarter"), new("Version", true), new("Status"), new("Published"), new("Reason for correction"), new("Figures")],
            entries.Select(e => (IReadOnlyList<SiteCell>)[
                e.Quarter.ToString(),
                new SiteCell(SiteFormat.Number(e.Version.VersionNumber ?? 0), withPages.Contains(e.Version.Id) ? SiteUrls.ReturnVersion(provider.Identifier, e.Quarter, e.Version.VersionNumber!.Value) : null),
                e.Version.Status == PublicStatus.Current ? "Current" : "Replaced by a correction",
                new SiteCell(e.Version.PublishedAt is { } at ? SiteFormat.Date(at) : "Not published", Csv: e.Version.PublishedAt is { } p ? SiteFormat.IsoDate(p) : string.Empty),
                e.Version.RestatementReason ?? string.Empty,
                VersionLink(provider, e.Quarter, e.Version.VersionNumber)]).ToList(),
            "returns.csv", ODataLinks.ReturnsForProvider(providerId));
        var meta = new PageMeta(url, $"Returns from {provider.Name}", $"Every quarterly return {provider.Name} has published, and what each correction changed.")
        {
            Section = "providers",
            Breadcrumbs = [("Home", SiteUrls.Home), ("Providers", SiteUrls.Providers), (provider.Name, SiteUrls.Provider(provider.Identifier))],
        };
        var tables = new List<SiteTable> { table };
        tables.AddRange(entries.Where(e => e.Changes is not null).Select(e => e.Changes!));
        return new SitePage(meta, typeof(ReturnHistoryView), new ReturnHistoryModel(provider, entries, table), tables);
    }

    private static SiteCell VersionLink(SiteOrganisation provider, Quarter quarter, int? number) => number is { } n
        ? new SiteCell($"Version {n} data", SiteUrls.ReturnVersion(provider.Identifier, quarter, n), Csv: SiteUrls.ReturnVersion(provider.Identifier, quarter, n))
        : "Not numbered";

    /// <summary>Old → new for every changed line, by section, as a table (and so a CSV) of its own.</summary>
    private static SiteTable ChangesTable(Quarter quarter, VersionRow version, VersionRow? replaced, IReadOnlyList<FigureChange> changes)
    {
        var before = replaced?.VersionNumber is { } b ? $"Version {b}" : "Before";
        var after = version.VersionNumber is { } a ? $"Version {a}" : "After";
        return new SiteTable($"Figures changed by {after.ToLowerInvariant()} of the {quarter} return",
            [new("Section"), new("Contract"), new("Line"), new(before, true), new(after, true)],
            changes.Select(c => (IReadOnlyList<SiteCell>)[c.Section, c.Contract, c.Line, new SiteCell(c.Before, Csv: c.BeforeCsv), new SiteCell(c.After, Csv: c.AfterCsv)]).ToList(),
            $"changes-{SiteUrls.Slug(quarter.ToString())}-v{version.VersionNumber ?? version.Id}.csv", null);
    }
}
