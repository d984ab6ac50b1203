using System.Globalization;
using CsvHelper;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>Writes a page's tables as CSV beside it, escaping cells a spreadsheet would run as formulas.</summary>
public static class WriteCsv
{
    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        NewLine = "\n",
    };

    public static string ToCsv(SiteTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteRecord(table.Columns.Select(c => c.Header).ToArray());
            foreach (var row in table.Rows)
            {
                csv.WriteRecord(row.Select(cell => cell.CsvValue).ToArray());
            }
        }

        return text.ToString();
    }

    public static void Run(SiteOutput output, SitePage page)
    {
        foreach (var table in page.Tables.Where(t => t.Rows.Count > 0))
        {
            output.Write(table.CsvUrl(page.Meta.Url), ToCsv(table));
        }
    }
}
