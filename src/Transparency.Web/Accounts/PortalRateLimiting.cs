using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Transparency.Web.Portal;

namespace Transparency.Web.Accounts;

/// <summary>The named rate-limit policies. A refusal answers 429 with Retry-After and says how long to wait: as problem details to API callers, as a page to browsers.</summary>
public static class PortalRateLimiting
{
    public static void Configure(RateLimiterOptions options, AccountsSettings settings)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = OnRejectedAsync;

        // Only attempts count: showing the sign-in page is free.
        options.AddPolicy(PortalRateLimits.SignIn, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter($"sign-in:{ClientAddress(context)}", _ => Window(settings.SignInAttemptsPerWindow, settings.SignInWindowSeconds))
            : RateLimitPartition.GetNoLimiter("sign-in:read"));

        // The browser's upload page and the API share one allowance per organisation; showing the upload form is free.
        options.AddPolicy(PortalRateLimits.Upload, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter($"upload:{UploaderKey(context)}", _ => Window(settings.UploadsPerWindow, settings.UploadWindowSeconds))
            : RateLimitPartition.GetNoLimiter("upload:read"));
    }

    private static FixedWindowRateLimiterOptions Window(int permits, int seconds) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromSeconds(seconds),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>Uploads are limited per organisation, so one provider's many users and tokens share one allowance.</summary>
    private static string UploaderKey(HttpContext context) =>
        context.User.FindFirstValue(PortalClaimTypes.OrganisationId) is { } organisation ? $"organisation:{organisation}" : $"address:{ClientAddress(context)}";

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!PortalProblems.IsApiRequest(context.HttpContext.Request))
        {
            await TooManyRequestsPage.WriteAsync(context.HttpContext, seconds);
            return;
        }

        await PortalProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"You have tried too many times. Wait {seconds} seconds, then try again.");
    }
}
