using System.Globalization;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>
/// One public version of a return (<see cref="SiteUrls.ReturnVersion"/>): what a feed entry or a restatement links to.
/// It shows the funding and KPI results that version published, whether a correction replaced it, and where the same
/// figures are in the API and the bulk files.
/// </summary>
public sealed record ReturnVersionModel(
    SiteOrganisation Provider, Quarter Quarter, VersionRow Version, VersionRow? Replaces, VersionRow? ReplacedBy,
    IReadOnlyList<(string Text, string Url)> DataLinks, SiteTable Funding, SiteTable Results)
{
    /// <summary>The versions that have a page: public ones (withdrawn and draft versions never are) of returns in the site's window.</summary>
    public static IEnumerable<(ReturnRow Return, VersionRow Version)> PagesOf(SitePeriod period, SiteReturns returns, int providerId)
    {
        var window = period.Window.Select(q => q.Code).ToHashSet();
        return returns.ReturnsByProvider[providerId].Where(r => window.Contains(r.QuarterCode))
            .SelectMany(r => returns.VersionsByReturn[r.Id].Where(IsPublic).Select(v => (r, v)));
    }

    public static bool IsPublic(VersionRow version) =>
        version.VersionNumber is not null && PublicStatus.IsPublic(version.Status);

    public static SitePage Create(SiteRegistry registry, SiteFacts facts, SiteReturns returns, ReturnRow row, VersionRow version)
    {
        var provider = registry.Organisations[row.ProviderId];
        var quarter = Quarter.FromCode(row.QuarterCode);
        var number = version.VersionNumber!.Value;
        var url = SiteUrls.ReturnVersion(provider.Identifier, quarter, number);
        var versions = returns.VersionsByReturn[row.Id].Where(IsPublic).ToList();
        var replaces = versions.FirstOrDefault(v => v.Id == version.SupersedesVersionId);
        var replacedBy = versions.FirstOrDefault(v => v.SupersedesVersionId == version.Id);
        var figures = Figures(registry, facts, returns, row, version);

        var funding = new SiteTable($"Funding in version {number}", [new("Contract"), new("Payment type"), new("Amount", true)],
            figures.Where(f => f.IsFunding).Select(f => (IReadOnlyList<SiteCell>)[
                ContractCell(registry, f.ContractId),
                Enum.TryParse<PaymentType>(f.Detail, out var type) ? SiteFormat.PaymentTypeName(type) : f.Detail,
                new SiteCell(SiteFormat.Pounds((long)f.Value), Csv: SiteFormat.PoundsCsv((long)f.Value))]).ToList(),
            "funding.csv", ODataLinks.FactsOfVersion("Funding", version.Id));
        var results = new SiteTable($"KPI results in version {number}", [new("Contract"), new("KPI"), new("Cohort"), new("Result", true), new("Rating")],
            figures.Where(f => !f.IsFunding).Select(f => ResultRow(registry, f)).ToList(),
            "kpi-results.csv", ODataLinks.FactsOfVersion("KpiResults", version.Id));

        var dataLinks = new List<(string, string)>
        {
            ("This version in the API", ODataLinks.ReturnVersion(version.Id)),
            ("Its subcontracts in the API", ODataLinks.FactsOfVersion("Subcontracts", version.Id)),
            ("Its user satisfaction results in the API", ODataLinks.FactsOfVersion("Satisfaction", version.Id)),
            ($"Funding for {quarter.FinancialYear} as CSV (every provider's current figures)", SiteUrls.DownloadFile("csv", "funding", quarter.FinancialYearStart)),
            ($"KPI results for {quarter.FinancialYear} as CSV (every provider's current figures)", SiteUrls.DownloadFile("csv", "kpi_results", quarter.FinancialYearStart)),
            ("Every version in the returns feed", SiteUrls.ProviderFeed(provider.Identifier)),
        };
        var meta = new PageMeta(url, $"{quarter} return from {provider.Name}, version {number}",
            $"The funding and KPI results {provider.Name} published in version {number} of its {quarter} return.")
        {
            Section = "providers",
            Breadcrumbs = [("Home", SiteUrls.Home), ("Providers", SiteUrls.Providers), (provider.Name, SiteUrls.Provider(provider.Identifier)),
                ("Return history", SiteUrls.ProviderReturns(provider.Identifier))],
        };
        return new SitePage(meta, typeof(ReturnVersionView),
            new ReturnVersionModel(provider, quarter, version, replaces, replacedBy, dataLinks, funding, results), [funding, results]);
    }

    /// <summary>
    /// A version that took part in a correction has its own figures read (<see cref="SiteReturns.FiguresByVersion"/>); any
    /// other public version is its return's current one, whose figures are the current facts of the provider's contracts.
    /// </summary>
    private static List<VersionFigure> Figures(SiteRegistry registry, SiteFacts facts, SiteReturns returns, ReturnRow row, VersionRow version)
    {
        if (version.Status == PublicStatus.Replaced || version.SupersedesVersionId is not null)
        {
            return [.. returns.FiguresByVersion[version.Id]];
        }

        var contracts = registry.ContractsByProvider[row.ProviderId].Select(c => c.Id).Order().ToList();
        var funding = contracts.SelectMany(c => facts.FundingByContract[c]).Where(f => f.QuarterCode == row.QuarterCode)
            .GroupBy(f => (f.ContractId, f.PaymentType))
            .Select(g => new VersionFigure(version.Id, g.Key.ContractId, 0, g.Key.PaymentType.ToString(), string.Empty, g.Sum(f => f.AmountPence), null));
        var results = contracts.SelectMany(c => facts.KpiResultsByContract[c]).Where(r => r.QuarterCode == row.QuarterCode)
            .Select(r => new VersionFigure(version.Id, r.ContractId, r.KpiId, r.Cohort ?? string.Empty, r.AreaCode ?? string.Empty, r.Actual, r.Rating));
        return [.. funding.Concat(results).OrderBy(f => f.ContractId).ThenBy(f => f.KpiId).ThenBy(f => f.Detail, StringComparer.Ordinal)];
    }

    private static SiteCell ContractCell(SiteRegistry registry, int contractId) =>
        registry.ContractsById.TryGetValue(contractId, out var contract)
            ? new SiteCell(contract.Reference, SiteUrls.Contract(contract.Reference))
            : new SiteCell(string.Create(CultureInfo.InvariantCulture, $"Contract {contractId}"));

    private static IReadOnlyList<SiteCell> ResultRow(SiteRegistry registry, VersionFigure figure)
    {
        var kpi = registry.KpisByContract[figure.ContractId].FirstOrDefault(k => k.Id == figure.KpiId);
        return
        [
            ContractCell(registry, figure.ContractId),
            kpi is null ? string.Create(CultureInfo.InvariantCulture, $"KPI {figure.KpiId}") : $"{kpi.Code} {kpi.Name}",
            figure.Detail.Length > 0 ? figure.Detail : "All",
            new SiteCell(kpi is null ? SiteFormat.Invariant(figure.Value) : SiteFormat.KpiValue(figure.Value, kpi.Unit), Csv: SiteFormat.Invariant(figure.Value)),
            figure.Rating is { } rating ? new SiteCell(rating.Label(), TagClass: SiteFormat.RatingTagClass(rating)) : "Not rated",
        ];
    }
}
