using System.Text.Encodings.Web;
using System.Text.Json;
using Transparency.Web.Feeds.Downloads.Storage;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// The parts of one table for one bucket, one pair (CSV rows, JSON objects) per financial year or one for a table
/// without a quarter, written in memory (a part is a few megabytes at national scale) and stored when complete. A
/// part's body has no header, brackets or trailing separator: the header and brackets belong to the file it is served
/// in (<see cref="PartFramings"/>).
/// </summary>
public sealed class TableParts : IDisposable
{
    internal static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly IDownloadTable _table;
    private readonly ColumnType[] _types;
    private readonly JsonEncodedText[] _names;
    private readonly SortedDictionary<int, Pair> _years = [];
    private Pair? _whole;

    public TableParts(IDownloadTable table)
    {
        _table = table;
        _types = table.Columns.Select(c => c.Type).ToArray();
        _names = table.Columns.Select(c => JsonEncodedText.Encode(c.Name)).ToArray();
    }

    public void Write(string?[] values, int? financialYearStart)
    {
        Pair pair;
        if (financialYearStart is { } year)
        {
            if (!_years.TryGetValue(year, out pair!))
            {
                pair = new Pair(this);
                _years.Add(year, pair);
            }
        }
        else
        {
            pair = _whole ??= new Pair(this);
        }

        pair.Write(values);
    }

    /// <summary>Stores every part that has rows and says what was stored (a year with no rows has no part).</summary>
    public IReadOnlyList<StoredPart> Store(PartStore store, int bucket)
    {
        var parts = new List<StoredPart>();
        foreach (var (year, pair) in _years.Select(y => ((int?)y.Key, y.Value)).Concat(_whole is null ? [] : [((int?)null, _whole)]))
        {
            var (csv, json) = pair.Complete();
            parts.Add(store.Store(_table.Name, "csv", year, bucket, csv, latest: null));
            parts.Add(store.Store(_table.Name, "json", year, bucket, json, latest: null));
        }

        return parts;
    }

    public void Dispose()
    {
        _whole?.Dispose();
        foreach (var pair in _years.Values)
        {
            pair.Dispose();
        }
    }

    private sealed class Pair : IDisposable
    {
        private readonly TableParts _owner;
        private readonly MemoryStream _csvBody = new();
        private readonly SafeCsvWriter _csv;
        private readonly MemoryStream _jsonBody = new();
        private readonly Utf8JsonWriter _json;

        public Pair(TableParts owner)
        {
            _owner = owner;
            _csv = new SafeCsvWriter(_csvBody);
            _json = new Utf8JsonWriter(_jsonBody, JsonOptions);

            // Written so the writer separates the objects with commas; the bracket is cut off the body.
            _json.WriteStartArray();
        }

        public void Write(string?[] values)
        {
            _json.WriteStartObject();
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                _csv.WriteField(_owner._types[i], value);
                WriteJson(_owner._names[i], _owner._types[i], value);
            }

            _csv.EndRecord();
            _json.WriteEndObject();
            if (_json.BytesPending > 1 << 16)
            {
                _json.Flush();
            }
        }

        public (ReadOnlyMemory<byte> Csv, ReadOnlyMemory<byte> Json) Complete()
        {
            _csv.Flush();
            _json.Flush();
            return (_csvBody.GetBuffer().AsMemory(0, (int)_csvBody.Length), _jsonBody.GetBuffer().AsMemory(1, (int)_jsonBody.Length - 1));
        }

        public void Dispose()
        {
            _csv.Dispose();
            _json.Dispose();
            _csvBody.Dispose();
            _jsonBody.Dispose();
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
