using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>Writes a page's tables as CSV beside it, escaping cells a spreadsheet would run as formulas.</summary>
public static class WriteCsv
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        NewLine = "\n",
    };

    public static string ToCsv(SiteTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            foreach (var column in table.Columns)
            {
                csv.WriteField(column.Header);
            }

            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell.CsvValue);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    public static async Task RunAsync(SiteOutput output, SitePage page, CancellationToken cancellationToken)
    {
        foreach (var table in page.Tables.Where(t => t.Rows.Count > 0))
        {
            await output.WriteAsync(table.CsvUrl(page.Meta.Url), ToCsv(table), cancellationToken);
        }
    }
}
