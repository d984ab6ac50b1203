using Transparency.Web.Domain;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>One page per subcontractor: who it works for, on which contracts, and what it was paid.</summary>
public sealed class SubcontractorPages : PageSource<SubcontractorPages.Inputs>
{
    /// <summary>What the subcontractor pages read: the last year's subcontracts and the organisations and contracts they name.</summary>
    public sealed record Inputs(SitePeriod Period, SiteRegistry Registry, SiteFacts Facts);

    protected override Inputs InputsFrom(SiteData data) => new(data.Period, data.Registry, data.Facts);

    public override IEnumerable<PageJob> Plan(Inputs inputs, SiteContext site) =>
        inputs.Facts.SubcontractorIds.Order().Select(id => new PageJob(SiteUrls.Subcontractor(inputs.Registry.Organisations[id].Identifier),
            () => Create(inputs.Period, inputs.Registry, inputs.Facts, inputs.Registry.Organisations[id])));

    private static SitePage Create(SitePeriod period, SiteRegistry registry, SiteFacts facts, SiteOrganisation subcontractor)
    {
        var url = SiteUrls.Subcontractor(subcontractor.Identifier);
        var lines = facts.SubcontractsBySubcontractor[subcontractor.Id].OrderByDescending(l => l.PaidLastYearPence).ThenBy(l => l.ContractId).ToList();
        var table = new SiteTable($"Work paid for from {period.LastYear[0]} to {period.LatestDue}",
            [new("Provider"), new("Contract"), new("Service"), new("Paid", true), new("Total value", true)],
            lines.Select(l =>
            {
                var contract = registry.ContractsById[l.ContractId];
                var provider = registry.Organisations[contract.ProviderId];
                return (IReadOnlyList<SiteCell>)[new SiteCell(provider.Name, SiteUrls.Provider(provider.Identifier)), new SiteCell(contract.Reference, SiteUrls.Contract(contract.Reference)),
                    l.Service, new SiteCell(SiteFormat.Pounds(l.PaidLastYearPence), Csv: SiteFormat.PoundsCsv(l.PaidLastYearPence)),
                    new SiteCell(SiteFormat.Pounds(l.TotalValuePence), Csv: SiteFormat.PoundsCsv(l.TotalValuePence))];
            }).ToList(),
            "work.csv", ODataLinks.SubcontractsForSubcontractor(subcontractor.Id));
        var providers = lines.Select(l => registry.ContractsById[l.ContractId].ProviderId).Distinct().Count();
        var lead = $"{subcontractor.Name} worked for {providers} {(providers == 1 ? "provider" : "providers")} as a subcontractor in the last year.";
        var details = new List<(string, string, string?)>
        {
            ("Organisation identifier", subcontractor.Identifier, null),
            ("Legal form", SiteFormat.LegalFormName(subcontractor.LegalForm), null),
            ("Small or medium-sized enterprise", subcontractor.IsSme ? "Yes" : "No", null),
            ("Voluntary, community or social enterprise", subcontractor.IsVcse ? "Yes" : "No", null),
        };
        if (registry.ContractsByProvider[subcontractor.Id].Any())
        {
            details.Add(("Also a provider", "See its own contracts", SiteUrls.Provider(subcontractor.Identifier)));
        }

        var meta = new PageMeta(url, $"{subcontractor.Name} as a subcontractor", lead)
        {
            Section = "providers",
            Searchable = true,
            Breadcrumbs = [("Home", SiteUrls.Home), ("Subcontractors", SiteUrls.Subcontractors)],
        };
        return new SitePage(meta, typeof(OrganisationView), new OrganisationModel("Subcontractor", subcontractor.Name, lead, Summary(period, lines, providers), details, string.Empty, [("Who it works for", table)]), [table]);
    }

    /// <summary>What it was paid in the last year, on how many contracts for how many providers, and how those providers rate its work.</summary>
    private static List<KeyFact> Summary(SitePeriod period, IReadOnlyList<SubcontractLine> lines, int providers)
    {
        const string Detail = "#who-it-works-for";
        var paidIn = $"From {period.LastYear[0]} to {period.LatestDue}";
        var contracts = lines.Select(l => l.ContractId).Distinct().Count();
        var facts = new List<KeyFact>
        {
            KeyFacts.Money("Paid as a subcontractor in the last year", lines.Sum(l => l.PaidLastYearPence), paidIn, Detail),
            new("Contracts it works on", SiteFormat.Number(contracts), Note: $"For {SiteFormat.Number(providers)} {(providers == 1 ? "provider" : "providers")}", Href: Detail),
        };
        var rated = lines.Where(l => l.LatestRating is not null).ToList();
        if (rated.Count > 0)
        {
            var good = rated.Count(l => l.LatestRating == KpiRating.Good);
            facts.Add(new KeyFact("Rated Good by the providers", SiteFormat.Share(good, rated.Count),
                Note: $"{SiteFormat.Number(good)} of {SiteFormat.Number(rated.Count)} rated subcontracts, by each provider’s latest rating", Href: Detail));
        }

        return facts;
    }
}
