using System.Text;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Transparency.Web.Portal.Tables;

/// <summary>
/// Answers <c>?table-csv=name</c> on a signed-in page: the page is rendered as usual (same handler, same
/// authorisation, same filters in the query) into nowhere, and the CSV its named table left is sent instead. The
/// table is the one the reader saw, so there is no second query to keep in step with the page. A name the page has
/// no table for answers 404 saying so.
/// </summary>
public sealed class TableCsvResultFilter : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        var name = TableCsvRequest.Asked(http);
        if (name is null || context.Result is not PageResult)
        {
            await next();
            return;
        }

        var body = http.Response.Body;
        http.Response.Body = Stream.Null;
        try
        {
            await next();
        }
        finally
        {
            http.Response.Body = body;
        }

        var file = TableCsvRequest.IsValidName(name) ? TableCsvRequest.Answered(http) : null;
        http.Response.Headers.ContentLength = null;
        if (file is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(
                $"This page has no table called '{name}'. Use the 'CSV file' link under a table on {http.Request.Path} to download it.", Encoding.UTF8);
            return;
        }

        var page = http.Request.Path.Value!.Trim('/').Replace('/', '-');
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{page}-{file.Name}.csv\"";
        await http.Response.Body.WriteAsync(file.Bytes);
    }
}
