namespace Transparency.Web.Returns.Standard;

/// <summary>How a field's text is read and checked. Each type has one parser and one set of messages.</summary>
public enum FieldType
{
    /// <summary>Free text, trimmed, up to the field's maximum length.</summary>
    Text,

    /// <summary>One of a fixed list of codes, matched without regard to case.</summary>
    Code,

    /// <summary>An amount in pounds with at most two decimal places.</summary>
    Money,

    /// <summary>A number that may have decimals.</summary>
    Number,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A number from 0 to 100.</summary>
    Percentage,

    /// <summary>A calendar date, YYYY-MM-DD or day first as UK spreadsheets write it (DD/MM/YYYY, D/M/YY), or an Excel day number.</summary>
    Date,

    /// <summary>A UK financial-year quarter, like 2025-26 Q2.</summary>
    Quarter,

    /// <summary>An org-id.guide organisation identifier, like GB-COH-01234567.</summary>
    OrganisationId,
}
