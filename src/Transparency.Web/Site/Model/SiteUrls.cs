using System.Text;
using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>
/// Every page's address, in one place. Addresses are folders (<c>/providers/gb-coh-01234567/</c>) so any
/// static host serves them as <c>index.html</c>, and they come from identifiers that never change.
/// </summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Providers = "/providers/";
    public const string Commissioners = "/commissioners/";
    public const string Sectors = "/sectors/";
    public const string Subcontractors = "/subcontractors/";
    public const string LateAndMissing = "/returns/";
    public const string Search = "/search/";
    public const string Insights = "/insights/";

    /// <summary>The contracts index; the portal answers its filters (<c>?sector=health&amp;status=active</c>).</summary>
    public const string Contracts = "/contracts/";

    /// <summary>An insights page, such as <c>/insights/concentration/</c>.</summary>
    public static string Insight(string topic) => $"{Insights}{Slug(topic)}/";

    public static string Provider(string identifier) => $"/providers/{Slug(identifier)}/";

    public static string ProviderReturns(string identifier) => $"{Provider(identifier)}returns/";

    public static string Contract(string reference) => $"/contracts/{Slug(reference)}/";

    public static string Commissioner(string identifier) => $"/commissioners/{Slug(identifier)}/";

    public static string Subcontractor(string identifier) => $"/subcontractors/{Slug(identifier)}/";

    public static string Sector(Sector sector) => $"/sectors/{Slug(SiteFormat.SectorName(sector))}/";

    public static string ProvidersByLetter(char letter) => $"/providers/{char.ToLowerInvariant(letter)}/";

    public static string ProvidersInSector(Sector sector) => $"/providers/sector/{Slug(SiteFormat.SectorName(sector))}/";

    public static string ProvidersWithLegalForm(LegalForm form) => $"/providers/legal-form/{Slug(SiteFormat.LegalFormName(form))}/";

    public static string ProvidersInGroup(int groupId, string name) => $"/providers/group/{Slug(name)}-{groupId}/";

    public static string ReturnsForQuarter(Quarter quarter) => $"/returns/{Slug(quarter.ToString())}/";

    public static string Content(string slug) => $"/{Slug(slug)}/";

    /// <summary>Lower-case letters, digits and single hyphens: "GB-COH-01234567" becomes "gb-coh-01234567".</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>The file a page is written to, relative to the output folder.</summary>
    public static string FileFor(string url) => url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}
