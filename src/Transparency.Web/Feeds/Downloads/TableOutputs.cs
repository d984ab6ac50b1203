using System.Text.Encodings.Web;
using System.Text.Json;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// The files of one table: CSV and JSON for the whole table and, when the table has a quarter, one pair per
/// financial year, opened when the first row of that year arrives.
/// </summary>
public sealed class TableOutputs : IDisposable
{
    internal static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly string _buildFolder;
    private readonly IDownloadTable _table;
    private readonly Pair _whole;
    private readonly SortedDictionary<int, Pair> _years = [];

    public TableOutputs(string buildFolder, IDownloadTable table)
    {
        _buildFolder = buildFolder;
        _table = table;
        _whole = new Pair(buildFolder, table, null);
    }

    public void Write(string?[] values, int? financialYearStart)
    {
        _whole.Write(_table, values);
        if (financialYearStart is { } year)
        {
            if (!_years.TryGetValue(year, out var pair))
            {
                pair = new Pair(_buildFolder, _table, year);
                _years.Add(year, pair);
            }

            pair.Write(_table, values);
        }
    }

    /// <summary>Finishes every file; the result lists each with its financial year (null for the whole table).</summary>
    public IReadOnlyList<(int? FinancialYearStart, BuiltFile Csv, BuiltFile Json)> Complete()
    {
        var files = new List<(int?, BuiltFile, BuiltFile)> { _whole.Complete(null) };
        files.AddRange(_years.Select(y => y.Value.Complete(y.Key)));
        return files;
    }

    public void Dispose()
    {
        _whole.Dispose();
        foreach (var pair in _years.Values)
        {
            pair.Dispose();
        }
    }

    private sealed class Pair : IDisposable
    {
        private readonly OutputFileStream _csvFile;
        private readonly SafeCsvWriter _csv;
        private readonly OutputFileStream _jsonFile;
        private readonly Utf8JsonWriter _json;
        private readonly ColumnType[] _types;
        private readonly JsonEncodedText[] _names;

        public Pair(string buildFolder, IDownloadTable table, int? year)
        {
            _types = table.Columns.Select(c => c.Type).ToArray();
            _names = table.Columns.Select(c => JsonEncodedText.Encode(c.Name)).ToArray();
            _csvFile = new OutputFileStream(buildFolder, PublicLinks.DownloadPath("csv", table.Name, year), "text/csv");
            _csv = new SafeCsvWriter(_csvFile);
            _csv.WriteHeader(table.Columns.Select(c => c.Name));
            _jsonFile = new OutputFileStream(buildFolder, PublicLinks.DownloadPath("json", table.Name, year), "application/json");
            _json = new Utf8JsonWriter(_jsonFile, JsonOptions);
            _json.WriteStartArray();
        }

        public void Write(IDownloadTable table, string?[] values)
        {
            _json.WriteStartObject();
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                _csv.WriteField(_types[i], value);
                WriteJson(_names[i], _types[i], value);
            }

            _csv.EndRecord();
            _json.WriteEndObject();
            if (_json.BytesPending > 1 << 16)
            {
                _json.Flush();
            }
        }

        public (int?, BuiltFile, BuiltFile) Complete(int? year)
        {
            _csv.Dispose();
            _json.WriteEndArray();
            _json.Dispose();
            return (year, _csvFile.Complete(), _jsonFile.Complete());
        }

        public void Dispose()
        {
            _csv.Dispose();
            _json.Dispose();
            _csvFile.Dispose();
            _jsonFile.Dispose();
        }

        private void WriteJson(JsonEncodedText name, ColumnType type, string? value)
        {
            if (value is null)
            {
                _json.WriteNull(name);
                return;
            }

            _json.WritePropertyName(name);
            switch (type)
            {
                case ColumnType.WholeNumber or ColumnType.Number or ColumnType.Money or ColumnType.Boolean:
                    // The portal formatted these itself (PublicFormat), so they are valid JSON literals.
                    _json.WriteRawValue(value, skipInputValidation: true);
                    break;
                default:
                    _json.WriteStringValue(value);
                    break;
            }
        }
    }
}
