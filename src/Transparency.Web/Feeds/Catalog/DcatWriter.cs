using System.Text.Json;
using Transparency.Web.Feeds.Downloads;

namespace Transparency.Web.Feeds.Catalog;

/// <summary>The DCAT v3 vocabulary written as compact JSON-LD.</summary>
internal sealed class DcatWriter(Utf8JsonWriter json, PublicLinks links, FeedsOptions options)
{
    private const string MediaTypes = "https://www.iana.org/assignments/media-types/";

    public void WriteContext()
    {
        json.WriteStartObject("@context");
        json.WriteString("dcat", "http://www.w3.org/ns/dcat#");
        json.WriteString("dct", "http://purl.org/dc/terms/");
        json.WriteString("foaf", "http://xmlns.com/foaf/0.1/");
        json.WriteString("xsd", "http://www.w3.org/2001/XMLSchema#");
        json.WriteString("spdx", "http://spdx.org/rdf/terms#");
        json.WriteEndObject();
    }

    public void WriteCommon(DateTime? modified)
    {
        json.WriteStartObject("dct:publisher");
        json.WriteString("@type", "foaf:Organization");
        json.WriteString("foaf:name", options.PublisherName);
        WriteId("foaf:homepage", "/");
        json.WriteEndObject();
        json.WriteStartObject("dct:license");
        json.WriteString("@id", options.LicenceUrl.AbsoluteUri);
        json.WriteString("dct:title", options.LicenceName);
        json.WriteEndObject();
        if (modified is { } at)
        {
            WriteTyped("dct:modified", PublicFormat.DateTime(at), "xsd:dateTime");
        }
    }

    public void WriteODataService()
    {
        json.WriteStartObject();
        json.WriteString("@id", links.Absolute("/odata").AbsoluteUri);
        json.WriteString("@type", "dcat:DataService");
        json.WriteString("dct:title", "OData v4 API");
        WriteId("dcat:endpointURL", "/odata");
        WriteId("dcat:endpointDescription", "/odata/$metadata");
        json.WriteEndObject();
    }

    public void WriteTableDataset(IDownloadTable table, string entitySet, IReadOnlyList<int> years, DownloadsBuild? build, DateTime? modified, (int? First, int? Last) period)
    {
        StartDataset(table.Name, table.Title, table.Description, modified, period);
        json.WriteStartArray("dcat:distribution");
        foreach (var format in new[] { "csv", "json" })
        {
            WriteFile(PublicLinks.DownloadPath(format, table.Name), $"{table.Title} (all, {format.ToUpperInvariant()})", build);
            foreach (var year in years)
            {
                WriteFile(PublicLinks.DownloadPath(format, table.Name, year), $"{table.Title}, {Domain.Quarter.FormatFinancialYear(year)} ({format.ToUpperInvariant()})", build);
            }
        }

        json.WriteStartObject();
        json.WriteString("@type", "dcat:Distribution");
        json.WriteString("dct:title", $"{table.Title} in the OData API");
        WriteId("dcat:accessURL", PublicLinks.ODataEntitySet(entitySet));
        WriteId("dcat:accessService", "/odata");
        WriteId("dcat:mediaType", MediaTypes + "application/json", absolute: true);
        json.WriteEndObject();
        if (table.Name == "return_versions")
        {
            json.WriteStartObject();
            json.WriteString("@type", "dcat:Distribution");
            json.WriteString("dct:title", "Atom feed of publications and restatements");
            WriteId("dcat:accessURL", "/feeds/returns.atom");
            WriteId("dcat:mediaType", MediaTypes + "application/atom+xml", absolute: true);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public void WriteFileDataset(string name, string title, string description, string path, string fileTitle, DownloadsBuild? build, DateTime? modified, (int? First, int? Last) period)
    {
        StartDataset(name, title, description, modified, period);
        json.WriteStartArray("dcat:distribution");
        WriteFile(path, fileTitle, build);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public void WriteId(string property, string pathOrUrl, bool absolute = false)
    {
        json.WriteStartObject(property);
        json.WriteString("@id", absolute ? pathOrUrl : links.Absolute(pathOrUrl).AbsoluteUri);
        json.WriteEndObject();
    }

    private void StartDataset(string name, string title, string description, DateTime? modified, (int? First, int? Last) period)
    {
        json.WriteStartObject();
        json.WriteString("@id", links.Absolute($"/catalog.jsonld#{name}").AbsoluteUri);
        json.WriteString("@type", "dcat:Dataset");
        json.WriteString("dct:identifier", name);
        json.WriteString("dct:title", title);
        json.WriteString("dct:description", description);
        WriteCommon(modified);
        if (CatalogBuilder.QuarterOf(period.First) is { } first && CatalogBuilder.QuarterOf(period.Last) is { } last)
        {
            json.WriteStartObject("dct:temporal");
            json.WriteString("@type", "dct:PeriodOfTime");
            WriteTyped("dcat:startDate", PublicFormat.Date(first.StartDate), "xsd:date");
            WriteTyped("dcat:endDate", PublicFormat.Date(last.EndDate), "xsd:date");
            json.WriteEndObject();
        }
    }

    private void WriteFile(string path, string title, DownloadsBuild? build)
    {
        json.WriteStartObject();
        json.WriteString("@type", "dcat:Distribution");
        json.WriteString("dct:title", title);
        WriteId("dcat:downloadURL", "/downloads/" + path);
        WriteId("dcat:accessURL", "/downloads/" + path);
        var mediaType = path.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/json";
        WriteId("dcat:mediaType", MediaTypes + mediaType, absolute: true);
        if (build?.ByPath.GetValueOrDefault(path) is { } file)
        {
            WriteTyped("dcat:byteSize", PublicFormat.Whole(file.Bytes), "xsd:nonNegativeInteger");
            json.WriteStartObject("spdx:checksum");
            json.WriteString("@type", "spdx:Checksum");
            WriteId("spdx:algorithm", "http://spdx.org/rdf/terms#checksumAlgorithm_sha256", absolute: true);
            WriteTyped("spdx:checksumValue", file.Sha256, "xsd:hexBinary");
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteTyped(string property, string value, string type)
    {
        json.WriteStartObject(property);
        json.WriteString("@value", value);
        json.WriteString("@type", type);
        json.WriteEndObject();
    }
}
