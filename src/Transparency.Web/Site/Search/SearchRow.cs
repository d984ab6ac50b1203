namespace Transparency.Web.Site.Search;

/// <summary>A result row as the engines' SQL returns it (the kind by name, as stored).</summary>
public sealed class SearchRow
{
    public long Id { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;
}
