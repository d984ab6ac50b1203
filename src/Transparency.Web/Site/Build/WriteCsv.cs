using System.Globalization;
using CsvHelper;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Writes a page's tables as CSV beside it, escaping cells a spreadsheet would run as formulas. Each build worker
/// owns one, so the buffer a file is formatted into is reused for every file the worker writes.
/// </summary>
public sealed class WriteCsv : IDisposable
{
    /// <summary>A page's tables are a few kilobytes: CsvHelper's 64 KiB default, once per file, was much of a build's garbage.</summary>
    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        NewLine = "\n",
        BufferSize = 4 * 1024,
    };

    private readonly MemoryStream _buffer = new(1 << 16);

    public void Run(SiteOutput output, SitePage page)
    {
        foreach (var table in page.Tables)
        {
            if (table.Rows.Count > 0)
            {
                _buffer.SetLength(0);
                Format(table);
                output.Write(table.CsvUrl(page.Meta.Url), _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length));
            }
        }
    }

    public void Dispose() => _buffer.Dispose();

    /// <summary>One table as CSV into <paramref name="stream"/>, for tables the portal answers itself (the compare page).</summary>
    public static void WriteTo(Stream stream, SiteTable table) => Format(stream, table);

    private void Format(SiteTable table) => Format(_buffer, table);

    /// <summary>UTF-8 straight from CsvHelper, field by field, without a text writer or an array per row.</summary>
    private static void Format(Stream stream, SiteTable table)
    {
        using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column.Header);
        }

        csv.EndRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell.CsvValue);
            }

            csv.EndRecord();
        }
    }
}
