namespace Transparency.Web.Feeds.Downloads;

/// <summary>What datapackage.json says about a column.</summary>
public record ColumnInfo(string Name, ColumnType Type, string Description, bool Required);
