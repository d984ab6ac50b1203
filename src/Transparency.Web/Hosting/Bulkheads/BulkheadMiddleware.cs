using System.Diagnostics;
using System.Globalization;
using Transparency.Web.Hosting.Errors;

namespace Transparency.Web.Hosting.Bulkheads;

/// <summary>
/// Runs each heavy request inside its compartment: it waits at most the queue timeout for a place, then is answered
/// 503 with Retry-After, so a flood of heavy questions from any number of clients never takes the threads, the
/// database connections or the cores that light queries need. It sits after the rate limits (one client cannot fill
/// the queue alone) and after the caches (an answer already cached never queues).
/// </summary>
public sealed class BulkheadMiddleware(RequestDelegate next, BulkheadCompartments bulkheads, BulkheadMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HeavyRequests.Classify(context) is not { } name)
        {
            await next(context);
            return;
        }

        var compartment = bulkheads[name];
        var started = Stopwatch.GetTimestamp();
        using var lease = await compartment.EnterAsync(context.RequestAborted);
        if (lease is null)
        {
            metrics.Refused(name);
            await RefuseAsync(context, compartment);
            return;
        }

        metrics.Waited(name, Stopwatch.GetElapsedTime(started));
        await next(context);
    }

    private static async Task RefuseAsync(HttpContext context, Compartment compartment)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        // Long enough for the queue ahead to drain once, at least a second.
        var seconds = Math.Max(1, (int)Math.Ceiling(compartment.Limits.QueueTimeout.TotalSeconds));
        var response = context.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var message = $"Too many heavy questions are being answered at once. Try again in {seconds} seconds; "
            + "filtered pages of the entity sets stay quick, and the bulk files at /downloads/ hold every table.";
        if (ErrorResponses.IsOData(context))
        {
            // The OData error shape of the API slice (its TooManyRequests answer has the same one).
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.CacheControl = "no-store";
            response.Headers["OData-Version"] = "4.0";
            await response.WriteAsJsonAsync(new { error = new { code = "ServiceUnavailable", message } }, context.RequestAborted);
            return;
        }

        await ErrorResponses.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, new ErrorMessages("Sorry, the service is busy", message));
    }
}
