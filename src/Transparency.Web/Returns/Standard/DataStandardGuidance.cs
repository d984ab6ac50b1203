namespace Transparency.Web.Returns.Standard;

/// <summary>The parts of the provider guide that are prose rather than field definitions: how to upload, numbers, dates, encodings.</summary>
public static class DataStandardGuidance
{
    public const string Text = """
        ## Downloads

        - [Workbook template (.xlsx)](/standard/v1/templates/return.xlsx): one sheet for each section and a guidance sheet
        - CSV templates: [funding.csv](/standard/v1/templates/funding.csv), [kpi-results.csv](/standard/v1/templates/kpi-results.csv), [subcontracts.csv](/standard/v1/templates/subcontracts.csv), [satisfaction.csv](/standard/v1/templates/satisfaction.csv)
        - [JSON Schema](/standard/v1/return.schema.json) for the JSON form, and [an example JSON document](/standard/v1/example.json)

        ## How to upload a return

        1. **Choose the quarter** you are uploading when you upload, like 2025-26 Q2 (July to September 2025). Every line has a `quarter` column, and it must be that quarter: a line for another quarter is an error, so one quarter's return never changes another's. In the JSON form, give `quarter` once at the top of the document; an item may repeat it.
        2. **Fill in the sections** that apply. Give a line for every contract you held in the quarter: the portal warns you about a running contract with no funding line or a KPI with no result, but does not stop you publishing.
        3. **Upload** it signed in, at [Upload a return](/provider/returns/upload), or from your own system through the returns API (`POST /api/returns` with your API token). Upload one of: the .xlsx workbook; a .zip holding the section CSV files; one or more section CSV files, each named after its section (`funding.csv` and so on); or one JSON document. An upload can be up to 20 MB, and a section up to 100,000 lines.
        4. **Read the report.** Errors must be fixed before you can publish; warnings are worth checking. Each says where the problem is and what to do.
        5. **Preview and publish.** The preview shows exactly what will be public. Uploading the very same file again changes nothing.

        To correct a published return, upload the corrected return for the same quarter and give a reason when you publish it. It becomes the next version; earlier versions stay on the portal's history.

        ## Column headers

        The first row of each CSV file or sheet holds the column headers, written exactly as the field names below (capital letters and spaces around them do not matter). The columns can be in any order. Optional columns can be left out. A header the standard does not have is an error, so that a misspelt column is never silently ignored; when it is close to a field name (`quater`, `ammount`) the message says which one you meant. Blank lines are ignored.

        ## Numbers

        Write numbers with a full stop for the decimal point. These spreadsheet habits are accepted:

        - commas between thousands: `1,250.50`
        - a pound sign in front: `£1250.50`, and for a negative amount `-£12.00` or `£-12.00`
        - spaces before or after the number
        - a % sign after a percentage or KPI actual: `81.5%` (read as 81.5)

        These are refused, because the portal could only guess what they mean: a comma as the decimal point (`1250,50`), spaces inside a number (`1 250`), other currency signs, brackets for negative numbers (`(12.00)`), and exponents (`1E6`). Amounts of money have at most 2 decimal places.

        In the workbook, a cell formatted as a percentage is read as the percentage it shows (0.815 shown as 81.5% is read as 81.5), and a cell formatted as a date is read as that date.

        ## Dates and quarters

        Dates are written `YYYY-MM-DD`, like `2025-08-15`, or day first as UK spreadsheets write them: `15/08/2025` or `15/8/25` (a two-digit year is 20yy). A date that only makes sense month first, like `08/15/2025`, is refused rather than guessed, and so is a day that does not exist. A midnight time after a date (`15/08/2025 00:00`, what Excel writes for a date cell) is ignored. In the workbook a date typed into a cell formatted as General shows as a day number such as `45884`; it is read as the date it stands for (15 August 2025). Quarters are financial-year quarters written like `2025-26 Q2`: Q1 is April to June, Q2 July to September, Q3 October to December and Q4 January to March.

        ## Text

        Text is published as you write it, except that the portal stores it in Unicode's composed form (NFC), so the same name typed two ways is one name. Text must not contain control characters (such as NUL or the escape codes terminals use for colours): a description or commentary may have tabs and line breaks, other fields may not. Names must not contain the invisible characters that change the direction of text (U+202A–U+202E, U+2066–U+2069), because they can make a name read as something else.

        ## Files that are not a return

        The portal looks at what a file is before reading it. A PDF, an image, a Word or PowerPoint file, an old-style .xls workbook, a UTF-16 or UTF-32 text file, a spending ledger (spend over £500), a 360Giving or OCDS file, or one of the portal's own downloads is refused with a sentence saying what it is and what to upload instead, and so is a file that holds only spaces.

        ## Saving CSV files as UTF-8

        CSV and JSON files must be saved as UTF-8, with or without a byte order mark. The portal does not guess other encodings, because a wrong guess would change characters such as £ and é in published text. A file saved in Windows-1252 or another encoding is refused with a message saying where the first unexpected character is. To save as UTF-8:

        - **Excel**: File, Save As, and choose the type *CSV UTF-8 (Comma delimited) (\*.csv)*.
        - **LibreOffice Calc**: File, Save As, choose *Text CSV*, tick *Edit filter settings*, and choose the character set *Unicode (UTF-8)* with a comma as the field delimiter.
        - **Google Sheets**: File, Download, *Comma-separated values*: this is always UTF-8.
        - **Numbers**: File, Export To, CSV, and choose the text encoding *Unicode (UTF-8)*.
        - **A text editor**: choose the UTF-8 encoding when you save.

        ## Subcontractors

        Identify each subcontractor by its [org-id.guide](https://org-id.guide) identifier: `GB-COH-` and the Companies House number for a company, `GB-CHC-` and the charity number for a charity registered in England and Wales. A subcontractor the portal does not know yet is added to its register when you publish. A subcontractor given only by name is accepted with a warning and gets a local identifier, `GB-LOCAL-` followed by 12 characters made from its name, until an administrator adds its real one.
        """;
}
