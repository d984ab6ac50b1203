using CsvHelper;
using Transparency.Web.Returns.Standard;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>
/// Reads one section's CSV file. Row numbers are the file's line numbers, which are also the rows a spreadsheet
/// shows (the header is row 1), so a provider can find every reported problem in whichever program they use.
/// </summary>
public static class CsvSectionReader
{
    private const int MaxRecordBytes = 1024 * 1024;

    public static RawTable? Read(string source, byte[] bytes, SectionDefinition section, ReturnsOptions limits, ReportBuilder report)
    {
        // Files given on their own were looked at before; a file inside a .zip is looked at here.
        if (FileSniffer.Check(new UploadedFile(source, bytes)) is { } wrong)
        {
            report.Error(wrong.Code, wrong.Message, new SourcePlace(source, section.Name));
            return null;
        }

        if (TextDecoding.Utf8Body(bytes, source, report) is not { } body)
        {
            return null;
        }

        var place = new SourcePlace(source, section.Name);
        var malformed = new List<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = malformed.Add,
        };

        try
        {
            using var csv = CsvReader.Create(body, options);
            return ReadRecords(csv, section, place, limits, report, malformed);
        }
        catch (CsvFormatException error)
        {
            report.Error(RuleCodes.CsvMalformed,
                $"'{source}' could not be read as CSV near line {error.LineNumber}: a value is too long or a quote mark is never closed. " +
                "Check the quote marks on that line.", place, error.LineNumber > 0 ? (int)error.LineNumber : null);
            return null;
        }
    }

    private static RawTable? ReadRecords(CsvReader csv, SectionDefinition section, SourcePlace place, ReturnsOptions limits, ReportBuilder report, List<CsvMalformedRecord> malformed)
    {
        if (!csv.Read())
        {
            report.Error(RuleCodes.FileEmpty,
                $"'{place.Source}' is empty. Add the header row and your lines, or leave the file out.", place);
            return null;
        }

        var headerLine = (int)csv.LineNumber;
        var headers = Enumerable.Range(0, csv.FieldCount).Select(i => (i, csv.GetString(i) ?? string.Empty)).ToList();
        if (headers.Count == 1 && headers[0].Item2.IndexOfAny([';', '\t']) >= 0)
        {
            var separator = headers[0].Item2.Contains(';', StringComparison.Ordinal) ? "semicolons" : "tabs";
            report.Error(RuleCodes.CsvDelimiter,
                $"'{place.Source}' separates values with {separator}. Separate them with commas: in Excel save it as 'CSV UTF-8 (Comma delimited) (*.csv)'.",
                place, headerLine);
            return null;
        }

        if (HeaderMap.Create(section, headers, place, headerLine, report) is not { } map)
        {
            return null;
        }

        var table = new RawTable(section, place);
        var badLines = new HashSet<long>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var values = new Dictionary<string, string>(map.Columns.Count);
            var extra = 0;
            for (var i = 0; i < csv.FieldCount; i++)
            {
                var value = csv.GetString(i);
                if (string.IsNullOrWhiteSpace(value))
                {
                    continue;
                }

                if (map.Columns.TryGetValue(i, out var field))
                {
                    values[field.Name] = value;
                }
                else
                {
                    extra++;
                }
            }

            if (values.Count == 0 && extra == 0)
            {
                continue;
            }

            if (extra > 0)
            {
                badLines.Add(line);
                report.Error(RuleCodes.RowExtraCells,
                    $"Row {line} of '{place.Source}' has more values than there are column headers. Put quotes around any value that has a comma in it, like \"Smith, Jones and Co\".",
                    place, line);
                continue;
            }

            if (table.Rows.Count == limits.MaxRowsPerSection)
            {
                report.Error(RuleCodes.RowsTooMany,
                    $"'{place.Source}' has more than {limits.MaxRowsPerSection:N0} lines, the most one section may have. Split the return with your administrator's help, or remove blank or repeated lines.",
                    place, line);
                return null;
            }

            table.Rows.Add(new RawRow(line, values));
        }

        foreach (var record in malformed)
        {
            var line = (int)record.LineNumber;
            badLines.Add(line);
            report.Error(RuleCodes.CsvMalformed, record.Reason == CsvMalformedReason.UnterminatedQuote
                ? $"A quoted value starts in row {line} of '{place.Source}' and is never closed. Add the closing quote mark."
                : $"Row {line} of '{place.Source}' has a quote mark in the wrong place. Put quotes around the whole value and double any quote mark inside it, like \"The \"\"Hub\"\" centre\".",
                place, line);
        }

        table.Rows.RemoveAll(r => badLines.Contains(r.Number));
        return table;
    }
}
