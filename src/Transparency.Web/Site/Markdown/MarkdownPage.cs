using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Markdown;

/// <summary>
/// A content page after rendering: its slug (file name without .md), front matter, body HTML and its tables, which
/// the build writes beside the page as the CSV files the body links to.
/// </summary>
public sealed record MarkdownPage(string Slug, string Title, string? Description, int Order, string Html)
{
    public IReadOnlyList<SiteTable> Tables { get; init; } = [];
}
