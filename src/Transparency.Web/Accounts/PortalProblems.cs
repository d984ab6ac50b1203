using Microsoft.AspNetCore.Mvc;

namespace Transparency.Web.Accounts;

/// <summary>Writes RFC 9457 problem details (application/problem+json) for API callers.</summary>
public static class PortalProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
        if (!written)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"{title}. {detail}");
        }
    }

    /// <summary>API callers get problem details and status codes; browsers on pages get redirects.</summary>
    public static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || ApiTokenAuthenticationHandler.HasBearer(request);
}
