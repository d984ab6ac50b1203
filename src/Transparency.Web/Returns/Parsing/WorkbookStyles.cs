using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Transparency.Web.Returns.Parsing;

/// <summary>
/// Which cell styles show numbers as dates or percentages. A workbook stores 81.5% as 0.815 and a date as a
/// day count; reading them as displayed means the portal sees what the provider saw.
/// </summary>
public sealed partial class WorkbookStyles
{
    private readonly HashSet<uint> _dateStyles = [];
    private readonly HashSet<uint> _percentStyles = [];

    public static WorkbookStyles From(WorkbookPart workbook)
    {
        var styles = new WorkbookStyles();
        var sheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (sheet?.CellFormats is null)
        {
            return styles;
        }

        var custom = sheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId is not null && f.FormatCode?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        uint index = 0;
        foreach (var format in sheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            var code = custom.GetValueOrDefault(id);
            if (id is 9 or 10 || (code is not null && Cleaned(code).Contains('%', StringComparison.Ordinal)))
            {
                styles._percentStyles.Add(index);
            }
            else if (id is (>= 14 and <= 22) or (>= 45 and <= 47) || (code is not null && DateParts().IsMatch(Cleaned(code))))
            {
                styles._dateStyles.Add(index);
            }

            index++;
        }

        return styles;
    }

    public bool IsDate(uint? styleIndex) => styleIndex is { } i && _dateStyles.Contains(i);

    public bool IsPercent(uint? styleIndex) => styleIndex is { } i && _percentStyles.Contains(i);

    // Quoted text, [colours and locales] and escaped characters are not part of what a format shows.
    private static string Cleaned(string code) => Literals().Replace(code, string.Empty).Replace("General", string.Empty, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.|_.|\\*.")]
    private static partial Regex Literals();

    [GeneratedRegex("[dmyhs]", RegexOptions.IgnoreCase)]
    private static partial Regex DateParts();
}
