namespace Transparency.Web.Site.Model;

/// <summary>
/// One figure in a page's summary: a label, the value rounded for reading, the exact value where rounding hid
/// it (written into a &lt;data&gt; element for machines), a note saying what it covers, and where the detail is.
/// </summary>
public sealed record KeyFact(string Label, string Value, string? Exact = null, string? Note = null, string? Href = null);
