using CsvHelper;

namespace Transparency.Web.Returns.Standard;

/// <summary>
/// One CSV template per section: the header row, saved as UTF-8 with a byte order mark so that Excel opens
/// it as UTF-8 (and saves it back the same way with "CSV UTF-8").
/// </summary>
public static class CsvTemplates
{
    public static byte[] Render(SectionDefinition section)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord(section.Fields.Select(f => f.Name).ToArray());
        }

        return buffer.ToArray();
    }
}
