using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

public sealed record ProviderModel(
    SiteOrganisation Provider, string? GroupName, IReadOnlyList<Sector> Sectors, bool IsSubcontractor, IReadOnlyList<DueReturn> Timeliness,
    DataQualityScore? DataQuality, string FundingChart, SiteTable Contracts, SiteTable Funding, SiteTable Kpis,
    SiteTable Subcontractors, SiteTable Satisfaction, string SubcontractedShare, IReadOnlyList<KeyFact> Summary)
{
    public static SitePage Create(SiteData data, SiteContext site, int providerId)
    {
        var provider = data.Registry.Organisations[providerId];
        var url = SiteUrls.Provider(provider.Identifier);
        var contracts = data.Registry.ContractsByProvider[providerId].OrderBy(c => c.Reference, StringComparer.Ordinal).ToList();
        var ids = contracts.Select(c => c.Id).ToList();
        var (funding, chart) = FundingTable.For(data.Period, data.Facts, contracts, "Funding received by quarter", "funding-chart", ODataLinks.FundingForContracts(ids));

        var contractTable = new SiteTable("Contracts",
            [new("Reference"), new("Title"), new("Commissioner"), new("Sector"), new("Runs"), new("Total value", true)],
            contracts.Select(c => (IReadOnlyList<SiteCell>)[
                new SiteCell(c.Reference, SiteUrls.Contract(c.Reference)), c.Title,
                new SiteCell(data.Registry.OrganisationName(c.CommissionerId), SiteUrls.Commissioner(data.Registry.Organisations[c.CommissionerId].Identifier)),
                SiteFormat.SectorName(c.Sector), new SiteCell($"{SiteFormat.Date(c.StartDate)} to {SiteFormat.Date(c.EndDate)}", Csv: $"{c.StartDate:yyyy-MM-dd}/{c.EndDate:yyyy-MM-dd}"),
                new SiteCell(SiteFormat.Pounds(c.TotalValuePence), Csv: SiteFormat.PoundsCsv(c.TotalValuePence))]).ToList(),
            "contracts.csv", ODataLinks.ContractsForProvider(providerId));

        var kpiRows = KpiRow.For(data.Period, data.Registry, data.Facts, contracts);
        var kpis = new SiteTable($"KPI results for {data.Period.LatestDue}", KpiRow.Columns(withContract: true),
            kpiRows.Select(r => r.ToCells(withContract: true)).ToList(), "kpis.csv", ODataLinks.KpiResultsForContracts(ids, data.Period.LatestDue.Code));

        var lastYear = data.Period.LastYear.Select(q => q.Code).ToHashSet();
        var receivedLastYear = contracts.SelectMany(c => data.Facts.FundingByContract[c.Id]).Where(f => lastYear.Contains(f.QuarterCode)).Sum(f => f.AmountPence);
        var lines = contracts.SelectMany(c => data.Facts.SubcontractsByContract[c.Id]).ToList();
        var subcontractors = new SiteTable($"Subcontractors paid from {data.Period.LastYear[0]} to {data.Period.LatestDue}",
            [new("Subcontractor"), new("Service"), new("Contract"), new("SME"), new("VCSE"), new("Paid", true), new("Share of funding", true)],
            lines.OrderByDescending(l => l.PaidLastYearPence).ThenBy(l => l.SubcontractorId).Select(l =>
            {
                var sub = data.Registry.Organisations[l.SubcontractorId];
                return (IReadOnlyList<SiteCell>)[
                    new SiteCell(sub.Name, SiteUrls.Subcontractor(sub.Identifier)), l.Service,
                    new SiteCell(data.Registry.ContractsById[l.ContractId].Reference, SiteUrls.Contract(data.Registry.ContractsById[l.ContractId].Reference)),
                    sub.IsSme ? "Yes" : "No", sub.IsVcse ? "Yes" : "No",
                    new SiteCell(SiteFormat.Pounds(l.PaidLastYearPence), Csv: SiteFormat.PoundsCsv(l.PaidLastYearPence)),
                    new SiteCell(SiteFormat.Share(l.PaidLastYearPence, receivedLastYear))];
            }).ToList(),
            "subcontractors.csv", ODataLinks.SubcontractsForContracts(ids));
        var share = SiteFormat.Share(lines.Sum(l => l.PaidLastYearPence), receivedLastYear);

        var latest = data.Period.LatestDue.Code;
        var satisfaction = new SiteTable($"User satisfaction in {data.Period.LatestDue}",
            [new("Contract"), new("Measure"), new("Method"), new("People asked", true), new("Positive", true), new("Negative", true)],
            contracts.SelectMany(c => data.Facts.SatisfactionByContract[c.Id].Where(s => s.QuarterCode == latest).Select(s => (IReadOnlyList<SiteCell>)[
                new SiteCell(c.Reference, SiteUrls.Contract(c.Reference)), s.Measure, SiteFormat.MethodName(s.Method),
                new SiteCell(SiteFormat.Number(s.Respondents)), new SiteCell(SiteFormat.Percent(s.PercentPositive), Csv: SiteFormat.Invariant(s.PercentPositive)),
                s.PercentNegative is { } negative ? new SiteCell(SiteFormat.Percent(negative), Csv: SiteFormat.Invariant(negative)) : new SiteCell("Not given", Csv: string.Empty)])).ToList(),
            "satisfaction.csv", ODataLinks.SatisfactionForContracts(ids));

        var tables = new[] { contractTable, funding, kpis, subcontractors, satisfaction };
        var description = $"What {provider.Name} was paid under its public service contracts, how it performed against their KPIs, who it subcontracts to and what its users say.";
        var meta = new PageMeta(url, provider.Name, description)
        {
            Section = "providers",
            Searchable = true,
            Breadcrumbs = [("Home", SiteUrls.Home), ("Providers", SiteUrls.Providers)],
            JsonLd = DatasetJsonLd.For(site, url, $"{provider.Name}: funding and performance", description, provider.Name, tables, $"{data.Period.Window[0].StartDate:yyyy-MM-dd}/{data.Period.LatestDue.EndDate:yyyy-MM-dd}"),
        };
        var quality = data.Insights.DataQuality.GetValueOrDefault(providerId);
        var summary = KeyFacts.For(data.Period, KeyFigures.ForContracts(data, contracts, quality), "Received", counts: true, KeyFactLinks.ThisPage);
        var model = new ProviderModel(provider, provider.ParentGroupId is { } g ? data.Registry.ParentGroups.GetValueOrDefault(g) : null,
            contracts.Select(c => c.Sector).Distinct().Order().ToList(), data.Facts.SubcontractorIds.Contains(providerId),
            ReturnTimeliness.ForProvider(data.Period, data.Registry, data.Returns, providerId, data.Period.LastYear).ToList(), quality,
            chart, contractTable, funding, kpis, subcontractors, satisfaction, share, summary);
        return new SitePage(meta, typeof(ProviderView), model, tables);
    }
}
