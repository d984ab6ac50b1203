namespace Transparency.Web.Returns;

/// <summary>The media types of the files the returns slice serves and stores.</summary>
public static class ContentTypes
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Zip = "application/zip";
    public const string Csv = "text/csv; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";
    public const string SchemaJson = "application/schema+json";
    public const string Markdown = "text/markdown; charset=utf-8";

    public static string For(string extension) => extension.ToLowerInvariant() switch
    {
        ".xlsx" => Xlsx,
        ".zip" => Zip,
        ".csv" => Csv,
        ".json" => Json,
        _ => "application/octet-stream",
    };
}
