using System.Text.Json.Serialization;

namespace Transparency.Web.Returns.Validation;

/// <summary>
/// One problem found in an upload. <see cref="Message"/> is a complete plain-English sentence that says what
/// to do and where; the other properties let a page link to the problem (GOV.UK error summary) and let an API
/// client act on it (RFC 9457 problem details).
/// </summary>
public sealed record ValidationEntry
{
    [JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
    public required Severity Severity { get; init; }

    /// <summary>A stable machine-readable rule code, like <c>number-invalid</c>; see <see cref="RuleCodes"/>.</summary>
    public required string Code { get; init; }

    public required string Message { get; init; }

    /// <summary>The file, sheet or JSON document the problem is in; null for the upload as a whole.</summary>
    public string? Source { get; init; }

    /// <summary>The section (funding, kpi-results, subcontracts, satisfaction), when the problem is in one.</summary>
    public string? Section { get; init; }

    /// <summary>The row as a spreadsheet shows it (the header is row 1), or the item number in a JSON array.</summary>
    public int? Row { get; init; }

    /// <summary>The column header or JSON property name.</summary>
    public string? Column { get; init; }

    /// <summary>The value found, as it was written (shortened when long).</summary>
    public string? Value { get; init; }

    /// <summary>Where the problem is, in words: "row 14 of 'funding'".</summary>
    public string? Location { get; init; }

    /// <summary>
    /// A fragment identifier a page can give the matching table cell or row, so the error summary can link to it:
    /// <c>funding-row-14-amount</c>.
    /// </summary>
    [JsonIgnore]
    public string Anchor => string.Join('-', new[] { Section ?? Source ?? "upload", Row is null ? null : $"row-{Row}", Column }
        .Where(p => !string.IsNullOrEmpty(p))
        .Select(p => new string(p!.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray())));
}
