namespace Transparency.Web.Returns.Validation;

/// <summary>Where rows come from: a CSV file, a workbook sheet or an array in the JSON document.</summary>
public sealed record SourcePlace(string Source, string? Section, bool IsJson = false)
{
    /// <summary>"row 14 of 'funding'", or "item 14 of 'funding'" for JSON, whose arrays have items rather than rows.</summary>
    public string Where(int row) => IsJson ? $"item {row} of '{Source}'" : $"row {row} of '{Source}'";

    /// <summary>Where a column header is: "the header row of 'funding.csv'".</summary>
    public string HeaderWhere => IsJson ? $"'{Source}'" : $"the header row of '{Source}'";
}
