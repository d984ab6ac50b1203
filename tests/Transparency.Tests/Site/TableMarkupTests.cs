using System.Globalization;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;
using Transparency.Web.Site.Pages;

namespace Transparency.Tests.Site;

public sealed class TableMarkupTests
{
    private static SiteTable Table(int rows) => new("Shares", [new("Name"), new("Share", true)],
        Enumerable.Range(1, rows).Select(i => (IReadOnlyList<SiteCell>)[new SiteCell($"Row {i}"), new SiteCell(string.Create(CultureInfo.InvariantCulture, $"{i * 1.5:0.0}%"))]).ToList(), "shares.csv", null);

    [Fact]
    public void For_ATableOverTheLimit_MarksTheRowsAfterTheFirstTenAndAddsShowAll()
    {
        var html = TableMarkup.For(Table(13), "/page/", "None");

        Assert.Equal(3, CountOf(html, "app-table__row--more"));
        Assert.Contains("data-collapse-after=\"10\"", html, StringComparison.Ordinal);
        Assert.Contains("<summary class=\"govuk-link govuk-body-s\">Show all 13 rows<span class=\"govuk-visually-hidden\"> of Shares</span></summary>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void For_ATableAtTheLimit_ShowsEveryRow()
    {
        var html = TableMarkup.For(Table(TableMarkup.CollapseAbove), "/page/", "None");

        Assert.DoesNotContain("app-table__row--more", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<details", html, StringComparison.Ordinal);
    }

    [Fact]
    public void For_ATableLongerThanAPageHolds_ShowsTheFirstRowsAndSaysTheCsvHasThemAll()
    {
        var table = Table(TableMarkup.MostRowsInPage + 1);

        var html = TableMarkup.For(table, "/page/", "None");

        Assert.Equal(1 + TableMarkup.MostRowsInPage, CountOf(html, "<tr class=\"govuk-table__row")); // the header row and the rows shown
        Assert.Contains($"Row {TableMarkup.MostRowsInPage}<", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"Row {TableMarkup.MostRowsInPage + 1}<", html, StringComparison.Ordinal);
        Assert.Contains("Show the first 500 of 501 rows", html, StringComparison.Ordinal);
        Assert.Contains("This page shows the first 500 of 501 rows, and sorts only those; the CSV file has every row.", html, StringComparison.Ordinal);
        using var csv = new MemoryStream();
        WriteCsv.WriteTo(csv, table);
        Assert.Equal(1 + 501, System.Text.Encoding.UTF8.GetString(csv.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void For_NumericColumns_SortByThePlainNumberAndEveryHeaderIsSortable()
    {
        var html = TableMarkup.For(Table(2), "/page/", "None");

        Assert.Contains("data-module=\"moj-sortable-table\"", html, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(html, "aria-sort=\"none\""));
        Assert.Contains("data-sort-value=\"3.0\">3.0%</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/page/shares.csv\" download>CSV file", html, StringComparison.Ordinal);
    }

    [Fact]
    public void For_AnEmptyTable_WritesItsCaptionAtTheHeadingLevelAsked()
    {
        Assert.StartsWith("<h2 class=\"govuk-heading-s\">Shares</h2>", TableMarkup.For(Table(0), "/page/", "None", headingLevel: 2), StringComparison.Ordinal);
        Assert.StartsWith("<h3 ", TableMarkup.For(Table(0), "/page/", "None"), StringComparison.Ordinal);
    }

    private static int CountOf(string html, string text) => (html.Length - html.Replace(text, string.Empty, StringComparison.Ordinal).Length) / text.Length;
}
