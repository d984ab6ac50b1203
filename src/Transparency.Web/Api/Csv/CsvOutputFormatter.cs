using System.Collections;
using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.Net.Http.Headers;
using Microsoft.OData;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Csv;

/// <summary>
/// Writes any entity set, $select/$expand or $apply result as CSV when asked with $format=csv or
/// Accept: text/csv. Cells that a spreadsheet would run as a formula are escaped (CsvHelper's
/// InjectionOptions.Escape). A further page is announced in a Link header, as the JSON nextLink is.
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
        if (context.Object is ODataError or SerializableError or ProblemDetails or string || !IsRequested(context.HttpContext.Request))
        {
            return false;
        }

        context.ContentType = MediaType + "; charset=utf-8";
        return true;
    }

    protected override bool CanWriteType(Type? type) => true;

    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        var response = context.HttpContext.Response;
        response.Headers["OData-Version"] = "4.0";
        var items = context.Object switch
        {
            null => Array.Empty<object>(),
            IEnumerable enumerable and not string => enumerable,
            var single => new[] { single },
        };

        // A page is at most a thousand rows: build it in memory, then copy it out without blocking a thread.
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            var (columns, rows) = CsvRows.From(items);
            AnnounceNextPage(context.HttpContext, rows.Count);
            foreach (var column in columns)
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    Write(csv, row.GetValueOrDefault(column));
                }

                csv.EndRecord();
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body);
    }

    /// <summary>
    /// JSON pages continue by key through @odata.nextLink; CSV has no place for it, so a full page links to
    /// the next one by $skip in a Link header (after the last full page, that page is empty).
    /// </summary>
    private static void AnnounceNextPage(HttpContext context, int rows)
    {
        if (context.Items[PublicQueryAttribute.PageSizeItem] is int pageSize && rows == pageSize && context.Request.ODataFeature().NextLink is null)
        {
            var next = context.Request.GetNextPageLink(pageSize, null, null);
            context.Response.Headers.Append(HeaderNames.Link, $"<{next.AbsoluteUri}>; rel=\"next\"");
        }
    }

    /// <summary>Typed values go in as themselves, so only text is treated as a possible formula (a negative amount is not).</summary>
    private static void Write(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case DateTime time:
                csv.WriteField(DateTime.SpecifyKind(time, DateTimeKind.Utc), "yyyy-MM-dd'T'HH:mm:ss'Z'");
                break;
            case DateOnly date:
                csv.WriteField(date, "yyyy-MM-dd");
                break;
            case Enum choice:
                csv.WriteField(choice.ToString());
                break;
            default:
                csv.WriteField(value);
                break;
        }
    }
}
