using System.Text;
using Transparency.Web.Data;
using Transparency.Web.Portal.Tables;

namespace Transparency.Tests.Portal;

public sealed class HtmlTableCsvTests
{
    [Fact]
    public void Csv_OfARenderedTable_IsWhatTheReaderSeesRowForRow()
    {
        const string table = """
            <table><caption>Late &amp; missing</caption>
            <thead><tr><th>Provider</th><th>Due</th><th>Amount</th><th></th></tr></thead>
            <tbody>
              <tr><td>Fictional  <b>Care</b>
                 Ltd</td><td><time datetime="2025-08-14">14 August 2025</time></td><td><data value="1234.5">£1,234.50</data></td>
                  <td><form method="post"><button>Revoke</button></form></td></tr>
              <tr><td colspan="2">=HYPERLINK("x")</td><td>£0.00</td><td></td></tr>
            </tbody></table>
            """;

        var csv = Encoding.UTF8.GetString(HtmlTableCsv.Csv(table));

        Assert.Equal("Late & missing", HtmlTableCsv.Caption(table));
        Assert.Equal(
            "Provider,Due,Amount\r\nFictional Care Ltd,2025-08-14,1234.5\r\n\"'=HYPERLINK(\"\"x\"\")\",,£0.00\r\n",
            csv);
    }

    [Fact]
    public void Rows_OfATableWithoutAHead_AreItsBodyRows()
    {
        var rows = HtmlTableCsv.Rows("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>");

        Assert.Equal([["a", "b"], ["c", ""]], rows);
    }

    [Theory]
    [InlineData("evidence KPI_1.2", "evidence-kpi-1-2")]
    [InlineData("  ", "table")]
    [InlineData("Ünïcode ØK", "n-code-k")]
    public void Slug_OfAnyText_IsAValidTableName(string text, string slug)
    {
        Assert.Equal(slug, TableCsvRequest.Slug(text));
        Assert.True(TableCsvRequest.IsValidName(TableCsvRequest.Slug(text)));
    }

    /// <summary>What keeps "every table has a CSV link" true as pages are added: a table without a name has no link.</summary>
    [Fact]
    public void EveryTableOnASignedInPage_IsNamedForItsCsvLink()
    {
        var portal = Path.Combine(PortalPaths.FindRoot(AppContext.BaseDirectory), "src", "Transparency.Web", "Portal");
        var unnamed = Directory.EnumerateFiles(portal, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => l.line.Contains("<table", StringComparison.Ordinal) && !l.line.Contains("app-csv=", StringComparison.Ordinal))
            .Select(l => $"{Path.GetRelativePath(portal, l.file)}:{l.number}")
            .ToList();

        Assert.True(Directory.EnumerateFiles(portal, "*.cshtml", SearchOption.AllDirectories).Count(f => File.ReadAllText(f).Contains("<table", StringComparison.Ordinal)) >= 14);
        Assert.Empty(unnamed);
    }
}
