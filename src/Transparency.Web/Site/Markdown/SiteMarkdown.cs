using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Serialization;

namespace Transparency.Web.Site.Markdown;

/// <summary>
/// Renders content pages. One pipeline, built once: Markdig documents a built pipeline as immutable and
/// safe to share between threads. Raw HTML is disabled, so Markdown can never inject markup.
/// </summary>
public static class SiteMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Use<GovukClassesExtension>()
        .Build();

    private static readonly IDeserializer Yaml = new DeserializerBuilder().IgnoreUnmatchedProperties().Build();

    /// <summary>
    /// Renders one page. The title comes from front matter, else the first heading, else the slug. The page layout
    /// shows the title as the page's only level-1 heading, so a level-1 heading that opens the Markdown is left out.
    /// </summary>
    public static MarkdownPage Render(string slug, string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var front = ReadFrontMatter(slug, document);
        var title = front.Title ?? document.Descendants<HeadingBlock>().FirstOrDefault()?.Inline?.FirstChild?.ToString() ?? slug;
        if (document.FirstOrDefault(b => b is not YamlFrontMatterBlock) is HeadingBlock { Level: 1 } opening)
        {
            document.Remove(opening);
        }

        var tables = MarkdownTables.Extract(document, SiteUrls.Content(slug));
        var html = document.ToHtml(Pipeline);
        return new MarkdownPage(slug, title, front.Description, front.Order, html) { Tables = tables };
    }

    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    private static FrontMatter ReadFrontMatter(string slug, MarkdownDocument document)
    {
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            return new FrontMatter();
        }

        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));
        try
        {
            return Yaml.Deserialize<FrontMatter>(yaml) ?? new FrontMatter();
        }
        catch (YamlDotNet.Core.YamlException error)
        {
            throw new InvalidDataException($"The front matter of content/{slug}.md is not valid YAML: {error.Message}", error);
        }
    }
}
