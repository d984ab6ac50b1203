using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.Extensions.Options;

namespace Transparency.Web.Api.Csv;

/// <summary>
/// The OData JSON the service would have answered for the same result, rendered into memory by the library's own
/// formatter. The CSV writer reads its rows, column order and next link from it, so CSV and JSON cannot drift apart:
/// same columns in the same order, same key-set <c>$skiptoken</c> paging, for entity sets and <c>$apply</c> alike.
/// </summary>
public static class ODataJsonRendering
{
    public static async Task<byte[]> RenderAsync(OutputFormatterWriteContext context)
    {
        var http = context.HttpContext;
        var formatter = http.RequestServices.GetRequiredService<IOptions<MvcOptions>>().Value.OutputFormatters.OfType<ODataOutputFormatter>().First();
        var response = http.Response;
        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        response.ContentType = "application/json; odata.metadata=minimal; charset=utf-8";
        try
        {
            var json = new OutputFormatterWriteContext(http, (stream, encoding) => new StreamWriter(stream, encoding), context.ObjectType, context.Object);
            await formatter.WriteResponseBodyAsync(json, Encoding.UTF8);
        }
        finally
        {
            response.Body = body;
        }

        return buffer.ToArray();
    }
}
