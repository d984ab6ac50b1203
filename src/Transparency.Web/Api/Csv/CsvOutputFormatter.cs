using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.Net.Http.Headers;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace Transparency.Web.Api.Csv;

/// <summary>
/// Writes any entity set, $select/$expand or $apply result as CSV when asked with $format=csv or Accept: text/csv.
/// The rows are those of the OData JSON answer (<see cref="ODataJsonRendering"/>), in the same column order; the
/// JSON's next link becomes a Link header, so CSV pages by the same key-set tokens and any set can be read to its end.
/// An empty result is a header row alone. Edm.Decimal values (money, shares) have two decimal places. Cells that a
/// spreadsheet would run as a formula are escaped (CsvHelper's InjectionOptions.Escape); numbers are not text, so a
/// negative amount is never escaped.
/// </summary>
public sealed class CsvOutputFormatter : TextOutputFormatter
{
    public const string MediaType = "text/csv";

    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        TrueValue = "true",
        FalseValue = "false",
    };

    public CsvOutputFormatter()
    {
        SupportedMediaTypes.Add(MediaType);
        SupportedEncodings.Add(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public static bool IsRequested(HttpRequest request) =>
        request.Query["$format"].Any(f => f is not null && (f.Equals("csv", StringComparison.OrdinalIgnoreCase) || f.StartsWith(MediaType, StringComparison.OrdinalIgnoreCase)))
        || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));

    public override bool CanWriteResult(OutputFormatterCanWriteContext context)
    {
        if (context.Object is ODataError or SerializableError or ProblemDetails or string || !IsRequested(context.HttpContext.Request)
            || context.HttpContext.Request.ODataFeature().Path?.LastSegment is not (EntitySetSegment or KeySegment or NavigationPropertySegment or OperationImportSegment or TypeSegment))
        {
            return false;
        }

        context.ContentType = MediaType + "; charset=utf-8";
        return true;
    }

    protected override bool CanWriteType(Type? type) => true;

    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        var http = context.HttpContext;
        var json = await ODataJsonRendering.RenderAsync(context);
        var response = http.Response;
        response.ContentType = MediaType + "; charset=utf-8";
        response.Headers["OData-Version"] = Protocol.ODataVersions.ResponseVersion(http.Request);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var rows = root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [root];
        if (NextLink(root) is { } next)
        {
            response.Headers.Append(HeaderNames.Link, $"<{next}>; rel=\"next\"");
        }

        var expected = CsvColumns.For(http.Request);
        var decimals = expected.Where(c => c.IsDecimal).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var flattened = rows.Select(CsvJsonRows.Flatten).ToList();
        var columns = CsvJsonRows.Columns(expected.Select(c => c.Name).ToList(), flattened);

        // A page is at most a thousand rows: build it in memory, then copy it out without blocking a thread.
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            foreach (var row in flattened)
            {
                foreach (var column in columns)
                {
                    Write(csv, row.TryGetValue(column, out var cell) ? cell : null, decimals.Contains(column));
                }

                csv.EndRecord();
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body);
    }

    private static string? NextLink(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("@odata.nextLink", out var link) || root.TryGetProperty("@nextLink", out link))
            ? link.GetString()
            : null;

    /// <summary>Typed values go in as themselves, so only text is treated as a possible formula.</summary>
    private static void Write(CsvWriter csv, JsonElement? cell, bool isDecimal)
    {
        switch (cell)
        {
            case null or { ValueKind: JsonValueKind.Null }:
                csv.WriteField(string.Empty);
                break;
            case { ValueKind: JsonValueKind.True }:
                csv.WriteField(true);
                break;
            case { ValueKind: JsonValueKind.False }:
                csv.WriteField(false);
                break;
            case { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var whole) && !isDecimal:
                csv.WriteField(whole);
                break;
            case { ValueKind: JsonValueKind.Number } number:
                // The JSON's own digits, exact; adding 0.00 gives a decimal at least two places (826462.7 → 826462.70).
                var exact = decimal.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                csv.WriteField(isDecimal ? exact + 0.00m : exact);
                break;
            case { } text:
                csv.WriteField(text.ValueKind == JsonValueKind.String ? text.GetString() : text.GetRawText());
                break;
        }
    }
}
