using System.Globalization;
using Transparency.Web.Domain;

namespace Transparency.Web.Feeds;

/// <summary>
/// The portal's public URL shapes, in one place so feeds, packages and the catalogue agree with the site
/// and the API. These shapes are a published contract: they never change once data users rely on them.
/// </summary>
public sealed class PublicLinks(Uri baseUrl)
{
    public Uri Base { get; } = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    public Uri Absolute(string path) => new(Base, path.TrimStart('/'));

    public static string QuarterSlug(Quarter quarter) => $"{quarter.FinancialYear}-q{quarter.Number}";

    public static string SectorSlug(Sector sector) => sector switch
    {
        Sector.SocialCare => "social-care",
        _ => sector.ToString().ToLowerInvariant(),
    };

    public static Sector? SectorFromSlug(string slug) =>
        Enum.GetValues<Sector>().Select(s => (Sector?)s).FirstOrDefault(s => SectorSlug(s!.Value) == slug);

    public static string ProviderPage(string identifier) => $"/providers/{Uri.EscapeDataString(identifier)}/";

    public static string CommissionerPage(string identifier) => $"/commissioners/{Uri.EscapeDataString(identifier)}/";

    public static string ContractPage(string reference) => $"/contracts/{Uri.EscapeDataString(reference)}/";

    public static string SectorPage(Sector sector) => $"/sectors/{SectorSlug(sector)}/";

    public static string ReturnPage(string providerIdentifier, Quarter quarter) =>
        $"{ProviderPage(providerIdentifier)}returns/{QuarterSlug(quarter)}/";

    /// <summary>A bulk file's path inside /downloads/: csv/funding.csv, or csv/2025-26/funding.csv for one financial year.</summary>
    public static string DownloadPath(string format, string table, int? financialYearStart = null) =>
        financialYearStart is { } year
            ? $"{format}/{Quarter.FormatFinancialYear(year)}/{table}.{format}"
            : $"{format}/{table}.{format}";

    public static string DownloadFile(string format, string table, int? financialYearStart = null) =>
        "/downloads/" + DownloadPath(format, table, financialYearStart);

    public static string ODataEntitySet(string entitySet) => $"/odata/{entitySet}";

    public static string ODataReturnVersion(int returnVersionId) =>
        string.Create(CultureInfo.InvariantCulture, $"/odata/ReturnVersions({returnVersionId})");

    public static string ODataFactsOfVersion(string entitySet, int returnVersionId) =>
        string.Create(CultureInfo.InvariantCulture, $"/odata/{entitySet}?$filter=ReturnVersionId eq {returnVersionId}");

    public static string ODataPublishedSince(DateTime since) =>
        string.Create(CultureInfo.InvariantCulture, $"/odata/ReturnVersions?$filter=PublishedAt gt {since:yyyy-MM-ddTHH:mm:ssZ}&$orderby=PublishedAt");

    public static string OcdsReleasePackage(string contractReference) => $"/ocds/{Uri.EscapeDataString(contractReference)}/release-package.json";

    public static string OcdsNoticeReleasePackage(string contractReference, string periodSlug) =>
        $"/ocds/{Uri.EscapeDataString(contractReference)}/performance-notices/{periodSlug}/release-package.json";

    public static string OcdsRecordPackage(string contractReference) => $"/ocds/{Uri.EscapeDataString(contractReference)}/record-package.json";
}
