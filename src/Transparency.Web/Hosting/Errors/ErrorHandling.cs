using Microsoft.AspNetCore.Diagnostics;

namespace Transparency.Web.Hosting.Errors;

/// <summary>
/// A global exception handler and status-code pages for everything outside /odata, in every environment: no answer
/// ever shows a stack trace (the log has it, under the trace id the answer shows). /odata is left to the API slice,
/// which answers OData error bodies there, unknown paths included.
/// </summary>
public static class ErrorHandling
{
    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o =>
        {
            var earlier = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = context =>
            {
                earlier?.Invoke(context);
                context.ProblemDetails.Extensions["traceId"] = TraceIds.Of(context.HttpContext);
            };
        });
    }

    public static void Use(WebApplication app)
    {
        app.UseMiddleware<ServerErrorLog>();
        app.UseWhen(context => !ErrorResponses.IsOData(context), branch =>
        {
            branch.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = ErrorResponses.HandleExceptionAsync,

                // ServerErrorLog logs the failure once, with its trace id.
                SuppressDiagnosticsCallback = _ => true,
            });
            branch.UseStatusCodePages(context => ErrorResponses.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        });
    }

    /// <summary>Unknown addresses under /api answer 404 problem details rather than the public site's HTML page.</summary>
    public static void Map(WebApplication app) =>
        app.MapFallback("/api/{**rest}", context => ErrorResponses.WriteAsync(context, StatusCodes.Status404NotFound,
            new ErrorMessages("Not found", "Nothing is at this address. The provider API is described at /swagger/returns/swagger.json.")));
}
