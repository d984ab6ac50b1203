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
        json.WriteString("@id", links.Absolute(PublicDatasets.ODataService).AbsoluteUri);
        json.WriteString("@type", "dcat:DataService");
        json.WriteString("dct:title", "OData v4 API");
        WriteId("dcat:endpointURL", PublicDatasets.ODataService);
        WriteId("dcat:endpointDescription", ODataLinks.Metadata);
        json.WriteEndObject();
    }

    /// <summary>A dataset with its distributions and, for tables with a quarter, one part per financial year with its files.</summary>
    public void WriteDataset(PublicDataset dataset, IReadOnlyList<int> years, DownloadsBuild? build, DateTime? modified, (int? First, int? Last) period)
    {
        StartDataset(dataset.Id, dataset.Name, dataset.Title, dataset.Description, modified, period);
        WriteId("dcat:landingPage", PublicDatasets.GuidePage);
        WriteDistributions(dataset.Distributions, build);
        if (years.Count > 0)
        {
            json.WriteStartArray("dct:hasPart");
            foreach (var year in years)
            {
                var name = $"{dataset.Name}-{Domain.Quarter.FormatFinancialYear(year)}";
                StartDataset($"/catalog.jsonld#{name}", name, $"{dataset.Title}, {Domain.Quarter.FormatFinancialYear(year)}", dataset.Description, modified,
                    (new Domain.Quarter(year, 1).Code, new Domain.Quarter(year, 4).Code));
                WriteDistributions(PublicDatasets.YearFiles(dataset, year), build);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    public void WriteId(string property, string pathOrUrl, bool absolute = false)
    {
        json.WriteStartObject(property);
        json.WriteString("@id", absolute ? pathOrUrl : links.Absolute(pathOrUrl).AbsoluteUri);
        json.WriteEndObject();
    }

    private void WriteDistributions(IReadOnlyList<PublicDistribution> distributions, DownloadsBuild? build)
    {
        json.WriteStartArray("dcat:distribution");
        foreach (var distribution in distributions)
        {
            if (distribution.IsDownload)
            {
                WriteFile(distribution, build);
                continue;
            }

            json.WriteStartObject();
            json.WriteString("@type", "dcat:Distribution");
            json.WriteString("dct:title", distribution.Title);
            WriteId("dcat:accessURL", distribution.Path);
            if (distribution.Service is { } service)
            {
                WriteId("dcat:accessService", service);
            }

            WriteId("dcat:mediaType", MediaTypes + distribution.MediaType, absolute: true);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void StartDataset(string id, string name, string title, string description, DateTime? modified, (int? First, int? Last) period)
    {
        json.WriteStartObject();
        json.WriteString("@id", links.Absolute(id).AbsoluteUri);
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

    private void WriteFile(PublicDistribution distribution, DownloadsBuild? build)
    {
        json.WriteStartObject();
        json.WriteString("@type", "dcat:Distribution");
        json.WriteString("dct:title", distribution.Title);
        WriteId("dcat:downloadURL", distribution.Path);
        WriteId("dcat:accessURL", distribution.Path);
        WriteId("dcat:mediaType", MediaTypes + distribution.MediaType, absolute: true);
        if (build?.Find(distribution.Path["/downloads/".Length..]) is { } file)
        {
            WriteTyped("dcat:byteSize", PublicFormat.Whole(file.Length), "xsd:nonNegativeInteger");
        }

        // Files joined from parts have no checksum of their own (SHA256SUMS lists their parts').
        if (build?.Find(distribution.Path["/downloads/".Length..])?.Sha256 is { } sha256)
        {
            json.WriteStartObject("spdx:checksum");
            json.WriteString("@type", "spdx:Checksum");
            WriteId("spdx:algorithm", "http://spdx.org/rdf/terms#checksumAlgorithm_sha256", absolute: true);
            WriteTyped("spdx:checksumValue", sha256, "xsd:hexBinary");
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
