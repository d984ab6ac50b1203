using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Feeds.Downloads;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Feeds.Catalog;

/// <summary>
/// /catalog.jsonld: a DCAT v3 catalogue in JSON-LD listing every dataset with its distributions (CSV and
/// JSON, whole and per financial year, the OData entity set, OCDS, 360Giving, Atom), licence, publisher,
/// temporal coverage and modified date. A data user can mirror the portal from it alone.
/// </summary>
public sealed class CatalogBuilder(TransparencyDbContext db, DownloadsStore store, FeedsOptions options)
{
    public const string ContentType = "application/ld+json; charset=utf-8";

    private readonly PublicLinks _links = new(options.PublicBaseUrl);

    public async Task<(byte[] Body, DateTime? Modified)> BuildAsync(CancellationToken cancellationToken)
    {
        var published = db.ReturnVersions.AsNoTracking().Where(v => v.Status == PublicStatus.Current || v.Status == PublicStatus.Replaced);
        var modified = await published.MaxAsync(v => v.PublishedAt, cancellationToken);
        var first = await published.MinAsync(v => (int?)v.Return!.QuarterCode, cancellationToken);
        var last = await published.MaxAsync(v => (int?)v.Return!.QuarterCode, cancellationToken);
        var build = store.Current;

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = TableParts.JsonOptions.Encoder }))
        {
            var dcat = new DcatWriter(json, _links, options);
            json.WriteStartObject();
            dcat.WriteContext();
            json.WriteString("@id", _links.Absolute(SiteUrls.Catalog).AbsoluteUri);
            json.WriteString("@type", "dcat:Catalog");
            json.WriteString("dct:title", $"{options.PublisherName}: open data");
            json.WriteString("dct:description", "Quarterly returns from providers of outsourced public services: funding, KPI performance, subcontracting and user satisfaction.");
            dcat.WriteCommon(modified);
            dcat.WriteId("foaf:homepage", "/");
            json.WriteStartArray("dcat:service");
            dcat.WriteODataService();
            json.WriteEndArray();
            json.WriteStartArray("dcat:dataset");
            // With no grant funding there is no 360Giving file to list (an empty package would fail its schema).
            foreach (var dataset in PublicDatasets.All(options).Where(d => d.Name != PublicDatasets.Grants || build?.HasGrants != false))
            {
                var years = dataset.ByFinancialYear ? build?.YearsOf(dataset.Name) ?? [] : [];
                dcat.WriteDataset(dataset, years, build, modified, dataset.Quarterly ? (first, last) : (null, null));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return (stream.ToArray(), modified);
    }

    internal static Quarter? QuarterOf(int? code) => code is { } c ? Quarter.FromCode(c) : null;
}
