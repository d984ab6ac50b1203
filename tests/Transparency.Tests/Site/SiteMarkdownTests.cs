using System.Text.RegularExpressions;
using Transparency.Web.Site.Markdown;

namespace Transparency.Tests.Site;

public sealed class SiteMarkdownTests
{
    private const string Sample = """
        ---
        title: Sample page
        description: A page that uses every element the site styles.
        order: 3
        ---
        ## Section

        A paragraph with a [link](/providers/) and `code`.

        ### Smaller

        - one
        - two

        1. first
        2. second

        > A quoted note.

        | Term | Meaning |
        | --- | ---: |
        | Input | 1 |

        ---

        <script>alert('x')</script> and <b>bold</b>
        """;

    [Fact]
    public void Render_SampleWithEveryElement_MatchesGoldenHtml()
    {
        var page = SiteMarkdown.Render("sample", Sample);

        Golden.Match("markdown-sample.html", page.Html);
    }

    [Fact]
    public void Render_WithFrontMatter_ReadsTitleDescriptionAndOrder()
    {
        var page = SiteMarkdown.Render("sample", Sample);

        Assert.Equal("Sample page", page.Title);
        Assert.Equal("A page that uses every element the site styles.", page.Description);
        Assert.Equal(3, page.Order);
    }

    [Fact]
    public void Render_RawHtml_IsEscapedNotPassedThrough()
    {
        var page = SiteMarkdown.Render("x", "<script>alert('x')</script>\n\nText <b>bold</b>");

        Assert.DoesNotContain("<script>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutFrontMatter_TakesTitleFromFirstHeading()
    {
        var page = SiteMarkdown.Render("notes", "# Notes for readers\n\nBody.");

        Assert.Equal("Notes for readers", page.Title);
        Assert.DoesNotContain("<h1", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OpeningLevelOneHeading_IsLeftToTheLayoutAndLaterHeadingsStay()
    {
        var page = SiteMarkdown.Render("guide", "---\ntitle: Guide\n---\n\n# Guide\n\nIntro.\n\n## Part\n\n# Appendix\n");

        Assert.Equal("Guide", page.Title);
        Assert.DoesNotContain(">Guide<", page.Html, StringComparison.Ordinal);
        Assert.Contains(">Part</h2>", page.Html, StringComparison.Ordinal);
        Assert.Contains(">Appendix</h1>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InvalidFrontMatter_SaysWhichFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => SiteMarkdown.Render("broken", "---\ntitle: [unclosed\n---\nBody"));

        Assert.Contains("content/broken.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Tables_EachGetsACsvOfItsCellsAndALinkToItUnderTheTable()
    {
        const string markdown = """
            ## Ratings

            | Rating | Meaning |
            | --- | --- |
            | **Good** | Met the [target](/glossary/) |
            | `Inadequate` | Missed it by far |

            | Second | Table |
            | --- | --- |
            | a | b |

            ## Units

            | Unit | Written |
            | --- | --- |
            | Pounds | £1,234.56 |
            """;

        var page = SiteMarkdown.Render("guide", markdown);

        Assert.Equal(["ratings.csv", "ratings-2.csv", "units.csv"], page.Tables.Select(t => t.CsvFile));
        var ratings = page.Tables[0];
        Assert.Equal("Ratings", ratings.Caption);
        Assert.Equal(["Rating", "Meaning"], ratings.Columns.Select(c => c.Header));
        Assert.Equal([["Good", "Met the target"], ["Inadequate", "Missed it by far"]], ratings.Rows.Select(r => r.Select(c => c.CsvValue).ToArray()));
        Assert.Equal("/guide/ratings.csv", ratings.CsvUrl(SiteUrls.Content("guide")));
        Assert.Equal(3, Regex.Count(page.Html, "Download this table: <a href=\"/guide/[a-z0-9-]+\\.csv\""));
        Assert.True(page.Html.IndexOf("/guide/units.csv", StringComparison.Ordinal) > page.Html.IndexOf("£1,234.56", StringComparison.Ordinal),
            "The link sits under its table.");
    }
}
