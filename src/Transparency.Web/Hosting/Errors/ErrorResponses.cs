using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Transparency.Web.Accounts;

namespace Transparency.Web.Hosting.Errors;

/// <summary>
/// The body of an error answer that has none yet: problem details (RFC 9457) for API callers, the GOV.UK-style
/// error page for people. Used by the exception handler, the status-code pages and the bulkheads. Never used under
/// /odata, whose errors are OData error bodies written by the API slice.
/// </summary>
public static class ErrorResponses
{
    public const string ODataPrefix = "/odata";

    public static bool IsOData(HttpContext context) => context.Request.Path.StartsWithSegments(ODataPrefix, StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync(HttpContext context, int status, ErrorMessages? messages = null)
    {
        var response = context.Response;
        messages ??= ErrorMessages.For(status);
        response.StatusCode = status;
        response.Headers.CacheControl = "no-store";
        if (WantsProblemDetails(context.Request))
        {
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            var written = await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = status, Title = messages.Title, Detail = messages.Detail },
            });
            if (written)
            {
                return;
            }
        }

        response.ContentType = "text/html; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.WriteAsync(ErrorPage.Render(status, messages, TraceIds.Of(context)), context.RequestAborted);
        }
    }

    /// <summary>The exception handler's answer: the failure's status when it is the client's (a bad or oversized request), otherwise 500.</summary>
    public static Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        return WriteAsync(context, status);
    }

    /// <summary>API callers (the provider API, a bearer token, or a client that asks for JSON rather than HTML).</summary>
    private static bool WantsProblemDetails(HttpRequest request)
    {
        if (PortalProblems.IsApiRequest(request))
        {
            return true;
        }

        var accept = request.GetTypedHeaders().Accept;
        return accept.Count > 0
            && accept.Any(a => a.MediaType.Value?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
            && !accept.Any(a => a.MatchesMediaType("text/html"));
    }

    private static bool MatchesMediaType(this MediaTypeHeaderValue value, string type) =>
        value.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase);
}
