namespace Transparency.Web.Returns.Standard;

/// <summary>A part of a return: one CSV file, one workbook sheet, one array in the JSON document.</summary>
public sealed record SectionDefinition
{
    /// <summary>The sheet name and CSV file name (without .csv), like "kpi-results".</summary>
    public required string Name { get; init; }

    /// <summary>The property that holds this section's rows in the JSON document, like "kpi_results".</summary>
    public required string JsonName { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>What one row describes, used in messages ("a funding line").</summary>
    public required string RowNoun { get; init; }

    public required IReadOnlyList<FieldDefinition> Fields { get; init; }

    public string FileName => Name + ".csv";

    public FieldDefinition? Find(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
