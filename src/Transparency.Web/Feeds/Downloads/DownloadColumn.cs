namespace Transparency.Web.Feeds.Downloads;

/// <summary>One column of a bulk file: its name, Table Schema type, description, and how to write it from a row.</summary>
public sealed record DownloadColumn<TRow>(string Name, ColumnType Type, string Description, Func<TRow, string?> Value, bool Required = false)
    : ColumnInfo(Name, Type, Description, Required);
