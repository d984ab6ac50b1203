using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Transparency.Web.Returns.Parsing;

namespace Transparency.Web.Returns.Standard;

/// <summary>
/// The .xlsx template: a guidance sheet, then one sheet per section with its header row frozen, text columns
/// formatted as text (so Excel leaves identifiers and quarters alone) and drop-down lists for coded fields.
/// </summary>
public static class WorkbookTemplate
{
    private const int ListRows = 10_001;
    private const uint BoldStyle = 1;
    private const uint TextStyle = 2;
    private const uint WrapStyle = 3;

    public static byte[] Render()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, WorkbookReader.GuidanceSheet, Guidance());
            foreach (var section in ReturnStandard.Sections)
            {
                AddSheet(workbook, sheets, section.Name, SectionSheet(section));
            }
        }

        return buffer.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, string name, Worksheet worksheet)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static Worksheet SectionSheet(SectionDefinition section)
    {
        var columns = new Columns();
        var header = new Row { RowIndex = 1 };
        var validations = new DataValidations();
        for (var i = 0; i < section.Fields.Count; i++)
        {
            var field = section.Fields[i];
            var index = (uint)i + 1;
            var column = new Column { Min = index, Max = index, Width = Math.Max(14, field.Name.Length + 4), CustomWidth = true };
            if (!field.IsNumeric)
            {
                column.Style = TextStyle;
            }

            columns.Append(column);
            header.Append(TextCell(Letter(i) + "1", field.Name, BoldStyle));
            if (field.AllowedValues.Count > 0)
            {
                validations.Append(new DataValidation
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ErrorTitle = field.Title,
                    Error = $"Choose one of: {string.Join(", ", field.AllowedValues)}",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{Letter(i)}2:{Letter(i)}{ListRows}" },
                    Formula1 = new Formula1($"\"{string.Join(",", field.AllowedValues)}\""),
                });
            }
        }

        var worksheet = new Worksheet(FrozenHeader(), columns, new SheetData(header));
        if (validations.HasChildren)
        {
            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        return worksheet;
    }

    private static Worksheet Guidance()
    {
        var data = new SheetData();
        uint row = 1;
        void Line(uint style, params string[] values)
        {
            var r = new Row { RowIndex = row };
            for (var i = 0; i < values.Length; i++)
            {
                r.Append(TextCell($"{Letter(i)}{row}", values[i], style));
            }

            data.Append(r);
            row++;
        }

        Line(BoldStyle, $"Quarterly return, data standard {ReturnStandard.Version}");
        Line(0, "Fill in one sheet for each section, under its header row. Do not rename the sheets or the column headers.");
        Line(0, "Every line's quarter must be the quarter you choose when you upload, written like 2025-26 Q2.");
        Line(0, "Numbers: use a full stop for decimals. Commas between thousands and a £ sign in front are accepted. Money has at most 2 decimal places.");
        Line(0, "Dates: YYYY-MM-DD, like 2025-08-15. The full guide is on the portal: /standard (data standard page).");
        row++;
        Line(BoldStyle, "Sheet", "Field", "Required", "Type", "Unit", "Allowed values", "Example", "Meaning");
        foreach (var section in ReturnStandard.Sections)
        {
            foreach (var field in section.Fields)
            {
                Line(WrapStyle, section.Name, field.Name, field.Required ? "Yes" : "No", field.TypeLabel, field.Unit ?? string.Empty,
                    string.Join(", ", field.AllowedValues), field.Example, field.Meaning);
            }
        }

        var widths = new[] { 14.0, 24, 10, 22, 16, 36, 24, 90 };
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        return new Worksheet(columns, data);
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { WorkbookViewId = 0, TabSelected = false });

    private static Cell TextCell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text)),
        StyleIndex = style,
    };

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 4 });
}
