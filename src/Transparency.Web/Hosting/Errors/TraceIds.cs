using System.Diagnostics;

namespace Transparency.Web.Hosting.Errors;

/// <summary>
/// The one identifier of a request that its error answer shows (page, problem details, X-Trace-Id header) and its log
/// line records: the W3C trace id, which OpenTelemetry exports too, so an operator can find the request's trace.
/// </summary>
public static class TraceIds
{
    public const string Header = "X-Trace-Id";

    public static string Of(HttpContext context) =>
        Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : context.TraceIdentifier;
}
