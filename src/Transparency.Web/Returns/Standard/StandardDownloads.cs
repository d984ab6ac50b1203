namespace Transparency.Web.Returns.Standard;

/// <summary>The downloadable forms of the standard, rendered once per process from the definitions.</summary>
public sealed class StandardDownloads
{
    private readonly Lazy<byte[]> _schema = new(() => System.Text.Encoding.UTF8.GetBytes(ReturnJsonSchema.Render()));
    private readonly Lazy<byte[]> _example = new(() => System.Text.Encoding.UTF8.GetBytes(ReturnJsonSchema.Example()));
    private readonly Lazy<byte[]> _workbook = new(WorkbookTemplate.Render);
    private readonly Lazy<Dictionary<string, byte[]>> _csv = new(() =>
        ReturnStandard.Sections.ToDictionary(s => s.Name, CsvTemplates.Render, StringComparer.OrdinalIgnoreCase));

    public byte[] Schema => _schema.Value;

    public byte[] Example => _example.Value;

    public byte[] Workbook => _workbook.Value;

    public byte[]? CsvTemplate(string section) => _csv.Value.GetValueOrDefault(section);
}
