using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Transparency.Web.Api;

/// <summary>The 429 answer: when to try again, as a Retry-After header and in words, in the OData error format.</summary>
public static class TooManyRequests
{
    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers["OData-Version"] = "4.0";
        await response.WriteAsJsonAsync(
            new
            {
                error = new
                {
                    code = "TooManyRequests",
                    message = $"You have made too many requests. Try again in {seconds} seconds. To fetch whole tables, download the bulk files instead.",
                },
            },
            cancellationToken);
    }
}
