using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>The home page: headline figures, a search box and the latest publications.</summary>
public sealed record HomeModel(HomeFigures Figures, string FinancialYear, Quarter LatestDue, SiteTable Latest)
{
    public static SitePage Create(SitePeriod period, SiteRegistry registry, SiteSummaries summaries)
    {
        var latest = new SiteTable("Latest publications", [new("Provider"), new("Quarter"), new("Version", true), new("Published"), new("Correction reason")],
            summaries.Headlines.Latest.Select(p => (IReadOnlyList<SiteCell>)[
                new SiteCell(registry.OrganisationName(p.ProviderId), SiteUrls.ProviderReturns(registry.Organisations[p.ProviderId].Identifier)),
                Quarter.FromCode(p.QuarterCode).ToString(), SiteFormat.Number(p.VersionNumber),
                new SiteCell(SiteFormat.Date(p.PublishedAt), Csv: SiteFormat.IsoDate(p.PublishedAt)), p.RestatementReason ?? string.Empty]).ToList(),
            "latest-publications.csv", ODataLinks.ReturnVersionsPublished());
        var meta = new PageMeta(SiteUrls.Home, "What public service providers are paid and how they perform",
            "Find a provider of outsourced public services and see what it was paid, whether it met its targets, who it subcontracts to and what its users think.")
        {
            Section = "home",
            Searchable = true,
        };
        return new SitePage(meta, typeof(HomeView), new HomeModel(summaries.Headlines.Figures, Quarter.FormatFinancialYear(period.LatestDue.FinancialYearStart), period.LatestDue, latest), [latest]);
    }
}
