using Transparency.Web.Feeds.Downloads;

namespace Transparency.Web.Feeds;

/// <summary>
/// The one list of "the distributions of dataset X": every entity as CSV and JSON files and an OData entity set,
/// the return versions also as the Atom feed, contracts as OCDS and grants as 360Giving. The DCAT catalogue and
/// the schema.org markup on the site's downloads guide are both written from it, so they cannot disagree.
/// </summary>
public static class PublicDatasets
{
    /// <summary>The site page that describes every dataset for people (content/downloads-and-feeds.md).</summary>
    public const string GuidePage = SiteUrls.DownloadsGuide;

    public const string ODataService = ODataLinks.Root;

    public const string ReturnsFeed = SiteUrls.ReturnsFeed;

    /// <summary>The 360Giving dataset, which the catalogue leaves out while no funding has been paid as grants.</summary>
    public const string Grants = "grants";

    private static readonly Dictionary<string, string> EntitySets = new(StringComparer.Ordinal)
    {
        ["organisations"] = "Organisations",
        ["contracts"] = "Contracts",
        ["kpi_definitions"] = "KpiDefinitions",
        ["returns"] = "Returns",
        ["return_versions"] = "ReturnVersions",
        ["funding"] = "Funding",
        ["kpi_results"] = "KpiResults",
        ["subcontracts"] = "Subcontracts",
        ["satisfaction"] = "Satisfaction",
    };

    public static IReadOnlyList<PublicDataset> All(FeedsOptions options)
    {
        var datasets = DownloadTables.All(options).Select(Table).ToList();
        datasets.Add(new PublicDataset("ocds", "Contracts as OCDS",
            "Every contract as an OCDS 1.1 record (metrics, subcontracting and UK extensions). " +
            "Each contract also has its own release package at /ocds/{reference}/release-package.json and record package at /ocds/{reference}/record-package.json.",
            Quarterly: true, ByFinancialYear: false, [new("OCDS record package", SiteUrls.Downloads + DownloadsBuilder.OcdsRecordsPath, "application/json", IsDownload: true)]));
        datasets.Add(new PublicDataset(Grants, "Grants as 360Giving", "Funding paid as grants, as a 360Giving 1.4 data package.",
            Quarterly: true, ByFinancialYear: false, [new("360Giving data package", SiteUrls.Downloads + DownloadsBuilder.GrantsPath, "application/json", IsDownload: true)]));
        return datasets;
    }

    /// <summary>A table's files for one financial year (CSV and JSON), published as a part of its dataset.</summary>
    public static IReadOnlyList<PublicDistribution> YearFiles(PublicDataset dataset, int financialYearStart) =>
        Files(dataset.Name, $"{dataset.Title}, {Domain.Quarter.FormatFinancialYear(financialYearStart)}", financialYearStart);

    private static PublicDataset Table(IDownloadTable table)
    {
        var distributions = Files(table.Name, $"{table.Title} (all", null).ToList();
        distributions.Add(new PublicDistribution($"{table.Title} in the OData API", ODataLinks.EntitySet(EntitySets[table.Name]), "application/json", IsDownload: false)
        {
            Service = ODataService,
        });
        if (table.Name == "return_versions")
        {
            distributions.Add(new PublicDistribution("Atom feed of publications and restatements", ReturnsFeed, "application/atom+xml", IsDownload: false));
        }

        return new PublicDataset(table.Name, table.Title, table.Description, table.ByFinancialYear, table.ByFinancialYear, distributions);
    }

    private static IReadOnlyList<PublicDistribution> Files(string table, string title, int? year)
    {
        var suffix = year is null ? ", " : " (";
        return
        [
            new($"{title}{suffix}CSV)", SiteUrls.DownloadFile("csv", table, year), "text/csv", IsDownload: true),
            new($"{title}{suffix}JSON)", SiteUrls.DownloadFile("json", table, year), "application/json", IsDownload: true),
        ];
    }
}
