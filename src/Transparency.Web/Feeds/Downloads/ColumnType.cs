namespace Transparency.Web.Feeds.Downloads;

/// <summary>The Table Schema type of a column; money is a number of pounds with exactly two decimals.</summary>
public enum ColumnType
{
    Text,
    WholeNumber,
    Number,
    Money,
    Boolean,
    Date,
    DateTime,
}
