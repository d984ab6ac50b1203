namespace Transparency.Web.Returns.Standard;

/// <summary>One column of a section: the header name providers use and everything needed to check and explain it.</summary>
public sealed record FieldDefinition
{
    /// <summary>The column header in CSV files and workbooks, and the property name in JSON.</summary>
    public required string Name { get; init; }

    /// <summary>Sentence-case label for messages and guidance, like "Amount".</summary>
    public required string Title { get; init; }

    public required string Meaning { get; init; }

    public required FieldType Type { get; init; }

    public required bool Required { get; init; }

    public required string Example { get; init; }

    /// <summary>The unit the value is given in, for example "pounds (£)"; null when the value has none.</summary>
    public string? Unit { get; init; }

    /// <summary>The accepted codes for a <see cref="FieldType.Code"/> field, in the order guidance shows them.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>The longest text accepted; matches the database column.</summary>
    public int? MaxLength { get; init; }

    /// <summary>True when the value may be below zero (only funding amounts, for service-credit deductions).</summary>
    public bool AllowsNegative { get; init; }

    /// <summary>A regular expression text must match, with <see cref="PatternHint"/> explaining it.</summary>
    public string? Pattern { get; init; }

    public string? PatternHint { get; init; }

    /// <summary>True when the text may run over several lines (tabs and line breaks allowed), as a description may.</summary>
    public bool Multiline { get; init; }

    /// <summary>True for an organisation's name, where invisible direction-changing characters are refused.</summary>
    public bool IsName { get; init; }

    public string TypeLabel => Type switch
    {
        FieldType.Text => "text",
        FieldType.Code => "code",
        FieldType.Money => "money",
        FieldType.Number => "number",
        FieldType.WholeNumber => "whole number",
        FieldType.Percentage => "percentage",
        FieldType.Date => "date (YYYY-MM-DD or DD/MM/YYYY)",
        FieldType.Quarter => "quarter",
        FieldType.OrganisationId => "organisation identifier",
        _ => Type.ToString(),
    };

    public bool IsNumeric => Type is FieldType.Money or FieldType.Number or FieldType.WholeNumber or FieldType.Percentage;
}
