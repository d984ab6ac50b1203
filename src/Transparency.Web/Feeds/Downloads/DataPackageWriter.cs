using System.Text.Json;
using Transparency.Web.Domain;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Writes datapackage.json (Frictionless Data Package v1): every file with its size and SHA-256, and for the
/// tables a Table Schema with types, descriptions, primary and foreign keys.
/// </summary>
public static class DataPackageWriter
{
    public const string FileName = "datapackage.json";

    public static void Write(
        Stream stream,
        FeedsOptions options,
        DateTime builtAt,
        IReadOnlyList<IDownloadTable> tables,
        IReadOnlyDictionary<string, IReadOnlyList<(int? Year, BuiltFile Csv, BuiltFile Json)>> tableFiles,
        IReadOnlyList<(BuiltFile File, string Title, string Description)> otherFiles)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = TableOutputs.JsonOptions.Encoder });
        json.WriteStartObject();
        json.WriteString("profile", "data-package");
        json.WriteString("name", "transparency-portal");
        json.WriteString("title", $"{options.PublisherName}: published returns");
        json.WriteString("description", "Funding, KPI performance, subcontracting and user satisfaction published by providers of outsourced public services. " +
            "Only published return versions appear; identifiers never change when a return is restated.");
        json.WriteString("homepage", options.PublicBaseUrl.AbsoluteUri);
        json.WriteString("created", PublicFormat.DateTime(builtAt));
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
            foreach (var (year, csv, jsonFile) in tableFiles[table.Name])
            {
                WriteTableResource(json, table, year, csv, "csv");
                WriteTableResource(json, table, year, jsonFile, "json");
            }
        }

        foreach (var (file, title, description) in otherFiles)
        {
            json.WriteStartObject();
            json.WriteString("name", ResourceName(Path.ChangeExtension(file.Path, null)));
            json.WriteString("path", file.Path);
            json.WriteString("title", title);
            json.WriteString("description", description);
            json.WriteString("format", "json");
            json.WriteString("mediatype", file.MediaType);
            json.WriteString("encoding", "utf-8");
            WriteIntegrity(json, file);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string ResourceName(string table, int? year, string format) =>
        year is { } y ? $"{table}-{Quarter.FormatFinancialYear(y)}-{format}".Replace('_', '-') : $"{table}-{format}".Replace('_', '-');

    private static string ResourceName(string path) => path.Replace('/', '-').Replace('_', '-').ToLowerInvariant();

    private static void WriteTableResource(Utf8JsonWriter json, IDownloadTable table, int? year, BuiltFile file, string format)
    {
        json.WriteStartObject();
        json.WriteString("name", ResourceName(table.Name, year, format));
        json.WriteString("path", file.Path);
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("title", year is { } y ? $"{table.Title}, {Quarter.FormatFinancialYear(y)}" : table.Title);
        json.WriteString("description", table.Description);
        json.WriteString("format", format);
        json.WriteString("mediatype", file.MediaType);
        json.WriteString("encoding", "utf-8");
        WriteIntegrity(json, file);
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
            json.WriteString("resource", ResourceName(key.Table, key.SameFinancialYear ? year : null, format));
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

    private static void WriteIntegrity(Utf8JsonWriter json, BuiltFile file)
    {
        json.WriteNumber("bytes", file.Bytes);
        json.WriteString("hash", $"sha256:{file.Sha256}");
    }
}
