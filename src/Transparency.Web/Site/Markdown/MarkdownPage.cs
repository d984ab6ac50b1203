namespace Transparency.Web.Site.Markdown;

/// <summary>A content page after rendering: its slug (file name without .md), front matter and body HTML.</summary>
public sealed record MarkdownPage(string Slug, string Title, string? Description, int Order, string Html);
