using Transparency.Web.Site.Markdown;

namespace Transparency.Web.Site.Build;

/// <summary>Step: turns each content file into a page, ordered for the footer by front-matter order, then title.</summary>
public static class RenderMarkdown
{
    public static IReadOnlyList<MarkdownPage> Run(IReadOnlyList<(string Slug, string Markdown)> files) =>
        files.Select(f => SiteMarkdown.Render(f.Slug, f.Markdown))
            .OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();
}
