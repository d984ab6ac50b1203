using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Microsoft.OData;

namespace Transparency.Web.Api.Query;

/// <summary>
/// Gives every API error the OData error body with a message that says what to do: queries stopped by the
/// time limit (503), queries the engine cannot run (501), and the library's own 400 and 404 answers, whose
/// default body carries a .NET stack trace.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiQueryErrorsAttribute : Attribute, IExceptionFilter, IResultFilter
{
    public void OnException(ExceptionContext context)
    {
        switch (context.Exception)
        {
            case QueryTimeoutException:
                var seconds = context.HttpContext.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.QueryTimeoutSeconds;
                context.Result = Error(StatusCodes.Status503ServiceUnavailable, "QueryTimeout",
                    $"The query took longer than {seconds} seconds and was stopped. Narrow it with $filter (for example on Quarter), " +
                    "ask for fewer rows with $top, or download the bulk files for whole tables.");
                break;
            case UnsupportedQueryException unsupported:
                context.Result = Error(StatusCodes.Status501NotImplemented, "NotImplemented", unsupported.Message);
                break;
            default:
                return;
        }

        context.ExceptionHandled = true;
    }

    public void OnResultExecuting(ResultExecutingContext context)
    {
        switch (context.Result)
        {
            case ObjectResult { Value: SerializableError error } result:
                var message = error.TryGetValue("Message", out var text) ? text as string : null;
                context.Result = Error(result.StatusCode ?? StatusCodes.Status400BadRequest, "BadRequest",
                    message ?? "The query is not valid. Check it against the guide 'Querying the data'.");
                break;
            case StatusCodeResult { StatusCode: StatusCodes.Status404NotFound }:
                context.Result = Error(StatusCodes.Status404NotFound, "NotFound",
                    "Nothing has that key. Check the number, or search the entity set with $filter or $search.");
                break;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    private static ObjectResult Error(int status, string code, string message) =>
        new(new ODataError { Code = code, Message = message }) { StatusCode = status };
}
