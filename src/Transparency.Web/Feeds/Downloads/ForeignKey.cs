namespace Transparency.Web.Feeds.Downloads;

/// <summary>A column whose values are the <c>id</c> (or another key) of rows in another table.</summary>
public sealed record ForeignKey(string Column, string Table, string ReferencedColumn);
