using System.Globalization;
using CsvHelper;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// RFC 4180 CSV (UTF-8 without a byte-order mark, CRLF) through CsvHelper, with text that starts like a
/// spreadsheet formula escaped. Numbers go through CsvHelper's typed writers, which it does not escape: a
/// negative amount written as text would become '-12.50 and stop being a number.
/// </summary>
public sealed class SafeCsvWriter(Stream stream) : IDisposable
{
    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        NewLine = "\r\n",
        WriteByteOrderMark = false,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private readonly CsvWriter _csv = CsvWriter.Create(stream, Options, leaveOpen: true);

    public void WriteHeader(IEnumerable<string> names) => _csv.WriteHeader(names.ToArray());

    /// <summary>Writes a value formatted by <see cref="PublicFormat"/> in the way its column type needs.</summary>
    public void WriteField(ColumnType type, string? value)
    {
        if (value is null)
        {
            _csv.WriteField((string?)null);
            return;
        }

        switch (type)
        {
            case ColumnType.Money:
                _csv.WriteField(decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture), "0.00");
                break;
            case ColumnType.WholeNumber:
                _csv.WriteField(long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture), default);
                break;
            case ColumnType.Number:
                _csv.WriteField(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture), "R");
                break;
            default:
                _csv.WriteField(value);
                break;
        }
    }

    public void EndRecord() => _csv.EndRecord();

    public void Flush() => _csv.Flush();

    public void Dispose() => _csv.Dispose();
}
