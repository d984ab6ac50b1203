namespace Transparency.Web.Site.Model;

/// <summary>
/// A table as a page shows it and as its CSV download holds it: one model for both, so the download is
/// always the table the reader saw. Each cell has display text and, where different, a plain value for CSV.
/// </summary>
public sealed record SiteTable(string Caption, IReadOnlyList<SiteColumn> Columns, IReadOnlyList<IReadOnlyList<SiteCell>> Rows, string CsvFile, string? ODataQuery)
{
    /// <summary>The CSV's address, beside the page that shows the table.</summary>
    public string CsvUrl(string pageUrl) => pageUrl + CsvFile;
}

public sealed record SiteColumn(string Header, bool Numeric = false);

/// <summary>A table cell: what is shown, an optional link, optional tag class, and the plain value for CSV.</summary>
public sealed record SiteCell(string Text, string? Href = null, string? Csv = null, string? TagClass = null)
{
    public string CsvValue => Csv ?? Text;

    public static implicit operator SiteCell(string text) => new(text);

    public static SiteCell FromString(string text) => new(text);
}
