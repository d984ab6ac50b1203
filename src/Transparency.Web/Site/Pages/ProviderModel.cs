using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

public sealed record ProviderModel(
    SiteOrganisation Provider, string? GroupName, IReadOnlyList<Sector> Sectors, bool IsSubcontractor, IReadOnlyList<DueReturn> Timeliness,
    DataQualityScore? DataQuality, string FundingChart, SiteTable Contracts, SiteTable Funding, SiteTable Kpis,
    SiteTable Subcontractors, SiteTable Satisfaction, string SubcontractedShare, IReadOnlyList<KeyFact> Summary)
{
    public static SitePage Create(
        SitePeriod period, SiteRegistry registry, SiteFacts facts, SiteReturns returns, DataQualityScore? quality, SiteContext site, int providerId)
    {
        var provider = registry.Organisations[providerId];
        var url = SiteUrls.Provider(provider.Identifier);
        var contracts = registry.ContractsByProvider[providerId].OrderBy(c => c.Reference, StringComparer.Ordinal).ToList();
        var ids = contracts.Select(c => c.Id).ToList();
        var (funding, chart) = FundingTable.For(period, facts, contracts, "Funding received by quarter", "funding-chart", ODataLinks.FundingForContracts(ids));

        var contractTable = new SiteTable("Contracts",
            [new("Reference"), new("Title"), new("Commissioner"), new("Sector"), new("Runs"), new("Total value", true)],
            contracts.Select(c => (IReadOnlyList<SiteCell>)[
                new SiteCell(c.Reference, SiteUrls.Contract(c.Reference)), c.Title,
                new SiteCell(registry.OrganisationName(c.CommissionerId), SiteUrls.Commissioner(registry.Organisations[c.CommissionerId].Identifier)),
                SiteFormat.SectorName(c.Sector), new SiteCell($"{SiteFormat.Date(c.StartDate)} to {SiteFormat.Date(c.EndDate)}", Csv: $"{c.StartDate:yyyy-MM-dd}/{c.EndDate:yyyy-MM-dd}"),
                new SiteCell(SiteFormat.Pounds(c.TotalValuePence), Csv: SiteFormat.PoundsCsv(c.TotalValuePence))]).ToList(),
            "contracts.csv", ODataLinks.ContractsForProvider(providerId));

        var kpiRows = KpiRow.For(period, registry, facts, contracts);
        var kpis = new SiteTable($"KPI results for {period.LatestDue}", KpiRow.Columns(withContract: true),
            kpiRows.Select(r => r.ToCells(withContract: true)).ToList(), "kpis.csv", ODataLinks.KpiResultsForContracts(ids, period.LatestDue.Code));

        var lastYear = period.LastYear.Select(q => q.Code).ToHashSet();
        var receivedLastYear = contracts.SelectMany(c => facts.FundingByContract[c.Id]).Where(f => lastYear.Contains(f.QuarterCode)).Sum(f => f.AmountPence);
        var lines = contracts.SelectMany(c => facts.SubcontractsByContract[c.Id]).ToList();
        var subcontractors = new SiteTable($"Subcontractors paid from {period.LastYear[0]} to {period.LatestDue}",
            [new("Subcontractor"), new("Service"), new("Contract"), new("SME"), new("VCSE"), new("Paid", true), new("Share of funding", true)],
            lines.OrderByDescending(l => l.PaidLastYearPence).ThenBy(l => l.SubcontractorId).Select(l =>
            {
                var sub = registry.Organisations[l.SubcontractorId];
                return (IReadOnlyList<SiteCell>)[
                    new SiteCell(sub.Name, SiteUrls.Subcontractor(sub.Identifier)), l.Service,
                    new SiteCell(registry.ContractsById[l.ContractId].Reference, SiteUrls.Contract(registry.ContractsById[l.ContractId].Reference)),
                    sub.IsSme ? "Yes" : "No", sub.IsVcse ? "Yes" : "No",
                    new SiteCell(SiteFormat.Pounds(l.PaidLastYearPence), Csv: SiteFormat.PoundsCsv(l.PaidLastYearPence)),
                    new SiteCell(SiteFormat.Share(l.PaidLastYearPence, receivedLastYear))];
            }).ToList(),
            "subcontractors.csv", ODataLinks.SubcontractsForContracts(ids));
        var share = SiteFormat.Share(lines.Sum(l => l.PaidLastYearPence), receivedLastYear);

        var latest = period.LatestDue.Code;
        var satisfaction = new SiteTable($"User satisfaction in {period.LatestDue}",
            [new("Contract"), new("Measure"), new("Method"), new("People asked", true), new("Positive", true), new("Negative", true)],
            contracts.SelectMany(c => facts.SatisfactionByContract[c.Id].Where(s => s.QuarterCode == latest).Select(s => (IReadOnlyList<SiteCell>)[
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
            JsonLd = DatasetJsonLd.For(site, url, $"{provider.Name}: funding and performance", description, provider.Name, tables, $"{period.Window[0].StartDate:yyyy-MM-dd}/{period.LatestDue.EndDate:yyyy-MM-dd}"),
        };
        var summary = KeyFacts.For(period, KeyFigures.ForContracts(period, registry, facts, returns, contracts, quality), "Received", counts: true, KeyFactLinks.ThisPage);
        var model = new ProviderModel(provider, provider.ParentGroupId is { } g ? registry.ParentGroups.GetValueOrDefault(g) : null,
            contracts.Select(c => c.Sector).Distinct().Order().ToList(), facts.SubcontractorIds.Contains(providerId),
            ReturnTimeliness.ForProvider(period, registry, returns, providerId, period.LastYear).ToList(), quality,
            chart, contractTable, funding, kpis, subcontractors, satisfaction, share, summary);
        return new SitePage(meta, typeof(ProviderView), model, tables);
    }
}
