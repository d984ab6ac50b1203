using System.Text.Json;
using System.Text.Json.Serialization;

namespace Transparency.Web.Site.Model;

/// <summary>
/// schema.org Dataset markup for pages that publish figures, so dataset search engines find the CSV files.
/// System.Text.Json escapes &lt; and &gt;, so the result is safe inside a script element.
/// </summary>
public static class DatasetJsonLd
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string For(SiteContext site, string url, string name, string description, string? creator, IReadOnlyList<SiteTable> tables, string? temporalCoverage)
    {
        var dataset = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Dataset",
            ["name"] = name,
            ["description"] = description,
            ["url"] = site.Absolute(url),
            ["license"] = site.Licence,
            ["isAccessibleForFree"] = true,
            ["creator"] = creator is null ? null : new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = creator },
            ["temporalCoverage"] = temporalCoverage,
            ["dateModified"] = SiteFormat.IsoDate(site.AsOf),
            ["distribution"] = tables.Where(t => t.Rows.Count > 0).Select(t => new Dictionary<string, string>
            {
                ["@type"] = "DataDownload",
                ["name"] = t.Caption,
                ["encodingFormat"] = "text/csv",
                ["contentUrl"] = site.Absolute(t.CsvUrl(url)),
            }).ToList(),
        };
        return JsonSerializer.Serialize(dataset, Options);
    }
}
