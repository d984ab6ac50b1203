using Transparency.Web.Domain;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>One page per commissioner: what it pays for, to whom, and how its contracts perform.</summary>
public sealed class CommissionerPages : PageSource<CommissionerPages.Inputs>
{
    /// <summary>What the commissioner pages read: the registry, and the facts and returns of each commissioner's contracts.</summary>
    public sealed record Inputs(SiteScope Scope, SitePeriod Period, SiteRegistry Registry, SiteFacts Facts, SiteReturns Returns);

    protected override Inputs InputsFrom(SiteData data) => new(data.Scope, data.Period, data.Registry, data.Facts, data.Returns);

    public override IEnumerable<PageJob> Plan(Inputs inputs, SiteContext site)
    {
        var registry = inputs.Registry;
        var ids = inputs.Scope.ProviderIds is { } providers
            ? registry.Contracts.Where(c => providers.Contains(c.ProviderId)).Select(c => c.CommissionerId)
            : registry.Contracts.Select(c => c.CommissionerId);
        foreach (var id in ids.Distinct().Order())
        {
            var commissioner = registry.Organisations[id];
            yield return new PageJob(SiteUrls.Commissioner(commissioner.Identifier), () => Create(inputs.Period, registry, inputs.Facts, inputs.Returns, site, commissioner));
        }
    }

    private static SitePage Create(SitePeriod period, SiteRegistry registry, SiteFacts facts, SiteReturns returns, SiteContext site, SiteOrganisation commissioner)
    {
        var url = SiteUrls.Commissioner(commissioner.Identifier);
        var contracts = registry.ContractsByCommissioner[commissioner.Id].OrderBy(c => c.Reference, StringComparer.Ordinal).ToList();
        var ids = contracts.Select(c => c.Id).ToList();
        var (funding, chart) = FundingTable.For(period, facts, contracts, "Funding paid to providers by quarter", "funding-chart", ODataLinks.FundingForContracts(ids));
        var lastYear = period.LastYear.Select(q => q.Code).ToHashSet();
        var contractTable = new SiteTable("Contracts", [new("Reference"), new("Title"), new("Provider"), new("Sector"), new("Paid in the last year", true), new("Total value", true)],
            contracts.Select(c =>
            {
                var paid = facts.FundingByContract[c.Id].Where(f => lastYear.Contains(f.QuarterCode)).Sum(f => f.AmountPence);
                return (IReadOnlyList<SiteCell>)[new SiteCell(c.Reference, SiteUrls.Contract(c.Reference)), c.Title,
                    new SiteCell(registry.OrganisationName(c.ProviderId), SiteUrls.Provider(registry.Organisations[c.ProviderId].Identifier)), SiteFormat.SectorName(c.Sector),
                    new SiteCell(SiteFormat.Pounds(paid), Csv: SiteFormat.PoundsCsv(paid)), new SiteCell(SiteFormat.Pounds(c.TotalValuePence), Csv: SiteFormat.PoundsCsv(c.TotalValuePence))];
            }).ToList(),
            "contracts.csv", ODataLinks.ContractsForCommissioner(commissioner.Id));
        var ratings = KpiRow.For(period, registry, facts, contracts).Where(r => r.Latest is not null).GroupBy(r => r.Latest!.Rating).ToDictionary(g => g.Key, g => g.Count());
        var ratingTable = new SiteTable($"KPI ratings in {period.LatestDue}", [new("Rating"), new("KPI results", true)],
            Enum.GetValues<KpiRating>().Select(r => (IReadOnlyList<SiteCell>)[new SiteCell(r.Label(), TagClass: SiteFormat.RatingTagClass(r)), SiteFormat.Number(ratings.GetValueOrDefault(r))]).ToList(),
            "kpi-ratings.csv", ODataLinks.KpiResultsForContracts(ids, period.LatestDue.Code));
        var tables = new[] { funding, contractTable, ratingTable };
        var lead = $"{commissioner.Name} commissions {contracts.Count} {(contracts.Count == 1 ? "contract" : "contracts")} from {contracts.Select(c => c.ProviderId).Distinct().Count()} providers.";
        var meta = new PageMeta(url, commissioner.Name, lead)
        {
            Section = "commissioners",
            Searchable = true,
            Breadcrumbs = [("Home", SiteUrls.Home), ("Commissioners", SiteUrls.Commissioners)],
            JsonLd = DatasetJsonLd.For(site, url, $"Contracts commissioned by {commissioner.Name}", lead, commissioner.Name, tables, null),
        };
        var summary = KeyFacts.For(period, KeyFigures.ForContracts(period, registry, facts, returns, contracts, dataQuality: null), "Paid to providers", counts: true,
            KeyFactLinks.ThisPage with { Returns = SiteUrls.LateAndMissing, Subcontractors = null });
        var model = new OrganisationModel("Commissioner", commissioner.Name, lead, summary, [("Organisation identifier", commissioner.Identifier, null)], chart,
            [("Funding", funding), ("Contracts", contractTable), ("Performance", ratingTable)]);
        return new SitePage(meta, typeof(OrganisationView), model, tables);
    }
}
