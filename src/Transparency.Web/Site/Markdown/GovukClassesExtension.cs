using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Transparency.Web.Site.Markdown;

/// <summary>
/// Gives rendered Markdown the GOV.UK Frontend classes by walking the parsed document, so the HTML renderer
/// writes them as attributes: no string replacement on the output.
/// </summary>
public sealed class GovukClassesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += AddClasses;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AddClasses(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    heading.GetAttributes().AddClass(heading.Level switch
                    {
                        1 => "govuk-heading-xl",
                        2 => "govuk-heading-l",
                        3 => "govuk-heading-m",
                        _ => "govuk-heading-s",
                    });
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is MarkdownDocument or QuoteBlock:
                    paragraph.GetAttributes().AddClass("govuk-body");
                    break;
                case ListBlock list:
                    list.GetAttributes().AddClass(list.IsOrdered ? "govuk-list govuk-list--number" : "govuk-list govuk-list--bullet");
                    break;
                case QuoteBlock quote:
                    quote.GetAttributes().AddClass("govuk-inset-text");
                    break;
                case ThematicBreakBlock rule:
                    rule.GetAttributes().AddClass("govuk-section-break govuk-section-break--l govuk-section-break--visible");
                    break;
                case FencedCodeBlock or CodeBlock:
                    ((Block)node).GetAttributes().AddClass("app-code");
                    break;
                case Table table:
                    table.GetAttributes().AddClass("govuk-table");
                    break;
                case TableRow row:
                    row.GetAttributes().AddClass("govuk-table__row");
                    break;
                case TableCell cell when cell.Parent is TableRow { IsHeader: true }:
                    cell.GetAttributes().AddClass("govuk-table__header");
                    cell.GetAttributes().AddProperty("scope", "col");
                    break;
                case TableCell cell:
                    cell.GetAttributes().AddClass("govuk-table__cell");
                    break;
                case LinkInline { IsImage: false } link:
                    link.GetAttributes().AddClass("govuk-link");
                    break;
            }
        }
    }
}
