using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>The home page: headline figures, a search box and the latest publications.</summary>
public sealed record HomeModel(HomeFigures Figures, string FinancialYear, Quarter LatestDue, SiteTable Latest)
{
    public static SitePage Create(SiteData data)
    {
        var latest = new SiteTable("Latest publications", [new("Provider"), new("Quarter"), new("Version", true), new("Published"), new("Correction reason")],
            data.Summaries.Headlines.Latest.Select(p => (IReadOnlyList<SiteCell>)[
                new SiteCell(data.Registry.OrganisationName(p.ProviderId), SiteUrls.ProviderReturns(data.Registry.Organisations[p.ProviderId].Identifier)),
                Quarter.FromCode(p.QuarterCode).ToString(), SiteFormat.Number(p.VersionNumber),
                new SiteCell(SiteFormat.Date(p.PublishedAt), Csv: SiteFormat.IsoDate(p.PublishedAt)), p.RestatementReason ?? string.Empty]).ToList(),
            "latest-publications.csv", ODataLinks.ReturnVersionsPublished());
        var meta = new PageMeta(SiteUrls.Home, "What public service providers are paid and how they perform",
            "Find a provider of outsourced public services and see what it was paid, whether it met its targets, who it subcontracts to and what its users think.")
        {
            Section = "home",
            Searchable = true,
        };
        return new SitePage(meta, typeof(HomeView), new HomeModel(data.Summaries.Headlines.Figures, Quarter.FormatFinancialYear(data.Period.LatestDue.FinancialYearStart), data.Period.LatestDue, latest), [latest]);
    }
}
