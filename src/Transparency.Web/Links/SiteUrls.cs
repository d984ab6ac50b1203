using System.Globalization;
using System.Text;
using Transparency.Web.Domain;

namespace Transparency.Web.Links;

/// <summary>
/// The address of every public page and file, in one place: the site, the feeds, the packages, the catalogue, the
/// sitemap, the API's answers and the portal all take their links from here, so they cannot drift apart (a
/// link-integrity test follows every link they print). Page addresses are folders (<c>/providers/gb-coh-01234567/</c>)
/// so any static host serves them as <c>index.html</c>. Every identifier in an address is written in one canonical
/// form, its <see cref="Slug"/>; the portal redirects an address written with the identifier as registered
/// (<c>/providers/GB-COH-01234567/</c>) to it, and the feed and OCDS endpoints accept both.
/// These shapes are a published contract: they never change once data users rely on them.
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

    /// <summary>The compare page, answered by the portal rather than built (one page per set of providers would never end).</summary>
    public const string Compare = "/compare/";

    /// <summary>The bulk files of everything published (written by the downloads slice).</summary>
    public const string Downloads = "/downloads/";

    public const string Sitemap = "/sitemap.xml";

    /// <summary>The DCAT catalogue of every dataset and distribution.</summary>
    public const string Catalog = "/catalog.jsonld";

    /// <summary>The guide to the bulk files, feeds and open standards (content/downloads-and-feeds.md).</summary>
    public const string DownloadsGuide = "/downloads-and-feeds/";

    /// <summary>The Atom feed of every publication and restatement.</summary>
    public const string ReturnsFeed = "/feeds/returns.atom";

    /// <summary>An insights page, such as <c>/insights/concentration/</c>.</summary>
    public static string Insight(string topic) => $"{Insights}{Slug(topic)}/";

    public static string Provider(string identifier) => $"/providers/{Slug(identifier)}/";

    /// <summary>The compare page starting from one provider: the only compare address built pages print, one per provider.</summary>
    public static string CompareWith(string identifier) => $"{Compare}?p={Uri.EscapeDataString(identifier)}";

    /// <summary>A provider's return history: every public version of every return.</summary>
    public static string ProviderReturns(string identifier) => $"{Provider(identifier)}returns/";

    /// <summary>
    /// One public version of a return, such as <c>/providers/gb-coh-01234567/returns/2025-26-q2/v2/</c>: what a feed
    /// entry, a restatement and the return history link to. It never changes once published (only its status does).
    /// </summary>
    public static string ReturnVersion(string providerIdentifier, Quarter quarter, int versionNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"{ProviderReturns(providerIdentifier)}{QuarterSlug(quarter)}/v{versionNumber}/");

    public static string Contract(string reference) => $"/contracts/{Slug(reference)}/";

    public static string Commissioner(string identifier) => $"/commissioners/{Slug(identifier)}/";

    public static string Subcontractor(string identifier) => $"/subcontractors/{Slug(identifier)}/";

    public static string Sector(Sector sector) => $"/sectors/{SectorSlug(sector)}/";

    public static string ProvidersByLetter(char letter) => $"/providers/{char.ToLowerInvariant(letter)}/";

    public static string ProvidersInSector(Sector sector) => $"/providers/sector/{SectorSlug(sector)}/";

    public static string ProvidersWithLegalForm(LegalForm form) => $"/providers/legal-form/{LegalFormSlug(form)}/";

    public static string ProvidersInGroup(int groupId, string name) =>
        string.Create(CultureInfo.InvariantCulture, $"/providers/group/{Slug(name)}-{groupId}/");

    public static string ReturnsForQuarter(Quarter quarter) => $"/returns/{QuarterSlug(quarter)}/";

    public static string Content(string slug) => $"/{Slug(slug)}/";

    public static string ProviderFeed(string identifier) => $"/feeds/providers/{Slug(identifier)}.atom";

    public static string CommissionerFeed(string identifier) => $"/feeds/commissioners/{Slug(identifier)}.atom";

    public static string SectorFeed(Sector sector) => $"/feeds/sectors/{SectorSlug(sector)}.atom";

    /// <summary>A bulk file's path inside /downloads/: csv/funding.csv, or csv/2025-26/funding.csv for one financial year.</summary>
    public static string DownloadPath(string format, string table, int? financialYearStart = null) =>
        financialYearStart is { } year
            ? $"{format}/{Quarter.FormatFinancialYear(year)}/{table}.{format}"
            : $"{format}/{table}.{format}";

    public static string DownloadFile(string format, string table, int? financialYearStart = null) =>
        Downloads + DownloadPath(format, table, financialYearStart);

    public static string OcdsReleasePackage(string contractReference) => $"/ocds/{Slug(contractReference)}/release-package.json";

    /// <summary>One ready performance notice as an OCDS release package of its own.</summary>
    public static string OcdsNoticeReleasePackage(string contractReference, string periodSlug) =>
        $"/ocds/{Slug(contractReference)}/performance-notices/{periodSlug}/release-package.json";

    public static string OcdsRecordPackage(string contractReference) => $"/ocds/{Slug(contractReference)}/record-package.json";

    /// <summary>A quarter as addresses write it: <c>2025-26-q2</c>.</summary>
    public static string QuarterSlug(Quarter quarter) => Slug(quarter.ToString());

    /// <summary>The quarter an address names, or null when it names none.</summary>
    public static Quarter? QuarterFromSlug(string slug) =>
        slug.Length == 10 && slug[7] == '-' && Quarter.TryParse($"{slug[..7]} {slug[8..]}", out var quarter) ? quarter : null;

    /// <summary>A sector as addresses write it: <c>social-care</c>.</summary>
    public static string SectorSlug(Sector sector) => sector switch
    {
        Domain.Sector.SocialCare => "social-care",
        _ => sector.ToString().ToLowerInvariant(),
    };

    public static Sector? SectorFromSlug(string slug) =>
        Enum.GetValues<Sector>().Select(s => (Sector?)s).FirstOrDefault(s => SectorSlug(s!.Value) == slug);

    public static string LegalFormSlug(LegalForm form) => form switch
    {
        LegalForm.Company => "company",
        LegalForm.Charity => "charity",
        LegalForm.MutualOrSocialEnterprise => "mutual-or-social-enterprise",
        _ => "public-body",
    };

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
