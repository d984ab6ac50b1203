namespace Transparency.Web.Hosting.Errors;

/// <summary>
/// The outermost middleware but one (after the forwarded headers, so the address is the client's): every answer of
/// 500 or more is logged with its trace id, and every error answer carries that id in the X-Trace-Id header, under
/// /odata too, where the body is the API's own. A failure that escapes everything is logged here and goes on to the
/// server, which closes the connection.
/// </summary>
public sealed class ServerErrorLog(RequestDelegate next, ILogger<ServerErrorLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            if (http.Response.StatusCode >= 400)
            {
                http.Response.Headers[TraceIds.Header] = TraceIds.Of(http);
            }

            return Task.CompletedTask;
        }, context);

        try
        {
            await next(context);
        }
        catch (Exception error) when (!context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(error, "{Method} {Path} failed with no error answer; trace id {TraceId}", context.Request.Method, context.Request.Path, TraceIds.Of(context));
            throw;
        }

        var status = context.Response.StatusCode;
        if (status >= 500)
        {
            var error = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
            var level = status == StatusCodes.Status503ServiceUnavailable && error is null ? LogLevel.Warning : LogLevel.Error;
            logger.Log(level, error, "{Method} {Path} answered {Status}; trace id {TraceId}", context.Request.Method, context.Request.Path, status, TraceIds.Of(context));
        }
    }
}
