using System.Text.Json;
using Transparency.Web.Feeds;

namespace Transparency.Web.Site.Model;

/// <summary>
/// schema.org markup for the downloads guide: a DataCatalog of every published dataset with the same distributions,
/// identifiers and licence as /catalog.jsonld, because both are written from <see cref="PublicDatasets"/>.
/// System.Text.Json escapes &lt; and &gt;, so the result is safe inside a script element.
/// </summary>
public static class CatalogJsonLd
{
    public static string For(SiteContext site, FeedsOptions options)
    {
        var licence = options.LicenceUrl.AbsoluteUri;
        var catalog = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "DataCatalog",
            ["@id"] = site.Absolute(SiteUrls.Catalog),
            ["name"] = $"{options.PublisherName}: open data",
            ["url"] = site.Absolute(PublicDatasets.GuidePage),
            ["license"] = licence,
            ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = options.PublisherName },
            ["dataset"] = PublicDatasets.All(options).Select(d => new Dictionary<string, object>
            {
                ["@type"] = "Dataset",
                ["@id"] = site.Absolute(d.Id),
                ["identifier"] = d.Name,
                ["name"] = d.Title,
                ["description"] = d.Description,
                ["url"] = site.Absolute(PublicDatasets.GuidePage),
                ["license"] = licence,
                ["isAccessibleForFree"] = true,
                ["dateModified"] = SiteFormat.IsoDate(site.AsOf),
                ["distribution"] = d.Distributions.Select(x => new Dictionary<string, string>
                {
                    ["@type"] = "DataDownload",
                    ["name"] = x.Title,
                    ["encodingFormat"] = x.MediaType,
                    ["contentUrl"] = site.Absolute(x.Path),
                }).ToList(),
            }).ToList(),
        };
        return JsonSerializer.Serialize(catalog);
    }
}
