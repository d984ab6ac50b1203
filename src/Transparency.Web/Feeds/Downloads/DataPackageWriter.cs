using System.Text.Json;
using Transparency.Web.Feeds.Downloads.Storage;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Writes datapackage.json (Frictionless Data Package v1). Each table is one tabular resource whose <c>path</c> is
/// the list of its CSV parts in order (a multipart resource: each part repeats the header row, which readers skip
/// after the first, as frictionless-py does), with its Table Schema, primary and foreign keys. The JSON copies, the
/// OCDS record package and the 360Giving package (when there are grants) are listed as the whole files the portal
/// joins from their parts. Checksums of every part are in SHA256SUMS; a joined file has none of its own, since it
/// would change whenever any part does.
/// </summary>
public static class DataPackageWriter
{
    public const string FileName = "datapackage.json";

    public static byte[] Write(
        FeedsOptions options,
        DateTime asOf,
        IReadOnlyList<IDownloadTable> tables,
        IReadOnlyList<StoredPart> parts,
        IReadOnlyDictionary<string, ServedFile> files)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = TableParts.JsonOptions.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("profile", "data-package");
            json.WriteString("name", "transparency-portal");
            json.WriteString("title", $"{options.PublisherName}: published returns");
            json.WriteString("description", "Funding, KPI performance, subcontracting and user satisfaction published by providers of outsourced public services. " +
                "Only published return versions appear; identifiers never change when a return is restated. Each table's CSV comes in parts " +
                "(by financial year and by range of contracts, providers or organisations), listed in order; the whole table is also at csv/{table}.csv.");
            json.WriteString("homepage", options.PublicBaseUrl.AbsoluteUri);
            json.WriteString("created", PublicFormat.DateTime(asOf));
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteString("name", "OGL-UK-3.0");
            json.WriteString("path", options.LicenceUrl.AbsoluteUri);
            json.WriteString("title", options.LicenceName);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("resources");
            foreach (var table in tables)
            {
                var csvParts = parts.Where(p => p.Output == table.Name && p.Format == "csv").ToList();
                WriteTableResource(json, table, "csv", csvParts.Select(PartPaths.Of).ToList(), csvParts.Sum(p => p.FileBytes));
            }

            foreach (var table in tables)
            {
                var path = SiteUrls.DownloadPath("json", table.Name);
                WriteTableResource(json, table, "json", [path], files[path].Length);
            }

            WriteOther(json, files, DownloadsBuilder.OcdsRecordsPath, "ocds-record-package", "OCDS records",
                "Every contract as an OCDS 1.1 record with its compiled release: KPIs as agreed metrics, quarterly results as implementation metrics, funding as transactions.");
            WriteOther(json, files, DownloadsBuilder.GrantsPath, "360giving-grants", "360Giving grants", "Funding paid as grants, as a 360Giving 1.4 data package.");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static string ResourceName(string table, string format) => $"{table}-{format}".Replace('_', '-');

    private static void WriteOther(Utf8JsonWriter json, IReadOnlyDictionary<string, ServedFile> files, string path, string name, string title, string description)
    {
        if (!files.TryGetValue(path, out var file))
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("path", path);
        json.WriteString("title", title);
        json.WriteString("description", description);
        json.WriteString("format", "json");
        json.WriteString("mediatype", "application/json");
        json.WriteString("encoding", "utf-8");
        json.WriteNumber("bytes", file.Length);
        json.WriteEndObject();
    }

    private static void WriteTableResource(Utf8JsonWriter json, IDownloadTable table, string format, List<string> paths, long bytes)
    {
        json.WriteStartObject();
        json.WriteString("name", ResourceName(table.Name, format));
        if (format == "csv")
        {
            json.WriteStartArray("path");
            foreach (var path in paths)
            {
                json.WriteStringValue(path);
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteString("path", paths[0]);
        }

        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("title", table.Title);
        json.WriteString("description", table.Description);
        json.WriteString("format", format);
        json.WriteString("mediatype", format == "csv" ? "text/csv" : "application/json");
        json.WriteString("encoding", "utf-8");
        json.WriteNumber("bytes", bytes);
        if (format == "csv")
        {
            json.WriteStartObject("dialect");
            json.WriteString("delimiter", ",");
            json.WriteString("lineTerminator", "\r\n");
            json.WriteString("quoteChar", "\"");
            json.WriteBoolean("doubleQuote", true);
            json.WriteBoolean("header", true);
            json.WriteEndObject();
        }

        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var column in table.Columns)
        {
            WriteField(json, column);
        }

        json.WriteEndArray();
        json.WriteString("primaryKey", table.PrimaryKey);
        json.WriteStartArray("missingValues");
        json.WriteStringValue(string.Empty);
        json.WriteEndArray();
        json.WriteStartArray("foreignKeys");
        foreach (var key in table.ForeignKeys)
        {
            json.WriteStartObject();
            json.WriteString("fields", key.Column);
            json.WriteStartObject("reference");
            json.WriteString("resource", ResourceName(key.Table, format));
            json.WriteString("fields", key.ReferencedColumn);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, ColumnInfo column)
    {
        json.WriteStartObject();
        json.WriteString("name", column.Name);
        json.WriteString("type", column.Type switch
        {
            ColumnType.WholeNumber => "integer",
            ColumnType.Number or ColumnType.Money => "number",
            ColumnType.Boolean => "boolean",
            ColumnType.Date => "date",
            ColumnType.DateTime => "datetime",
            _ => "string",
        });
        json.WriteString("description", column.Description);
        if (column.Type == ColumnType.DateTime)
        {
            json.WriteString("format", "%Y-%m-%dT%H:%M:%SZ");
        }

        if (column.Type == ColumnType.Boolean)
        {
            json.WriteStartArray("trueValues");
            json.WriteStringValue("true");
            json.WriteEndArray();
            json.WriteStartArray("falseValues");
            json.WriteStringValue("false");
            json.WriteEndArray();
        }

        if (column.Required)
        {
            json.WriteStartObject("constraints");
            json.WriteBoolean("required", true);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
