using Transparency.Web.Api.Insights;

namespace Transparency.Web.Hosting.Bulkheads;

/// <summary>
/// Which requests are heavy, decided after routing from the address, the query and the endpoint's metadata, so the
/// API slice carries nothing for it: under /odata, the insight sets and functions (the endpoints with an insight
/// deadline), $apply, $expand and $search (which read far more rows than they return) and CSV (which pages to the
/// last row); the public compare page; and the documents the feeds slice builds per request (reached only when the feeds cache misses).
/// Light queries (by key, filtered and ordered pages, counts) are never held up by them.
/// </summary>
public static class HeavyRequests
{
    public const string Queries = "heavy-queries";
    public const string Feeds = "feeds";

    private static readonly string[] HeavyOptions = ["$apply", "$expand", "$search"];
    private static readonly string[] FeedPaths = ["/feeds", "/ocds", "/catalog.jsonld"];

    /// <summary>The compartment the request belongs to, or null for a light one.</summary>
    public static string? Classify(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/odata", StringComparison.OrdinalIgnoreCase))
        {
            return IsHeavyQuery(context) ? Queries : null;
        }

        // The public compare page reads up to four providers' figures from the insights services on every miss.
        if (request.Path.StartsWithSegments("/compare", StringComparison.Ordinal))
        {
            return Queries;
        }

        return FeedPaths.Any(p => request.Path.StartsWithSegments(p, StringComparison.Ordinal)) ? Feeds : null;
    }

    private static bool IsHeavyQuery(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint()?.Metadata.GetMetadata<InsightDeadlineAttribute>() is not null)
        {
            return true;
        }

        var query = request.Query;
        if (HeavyOptions.Any(query.ContainsKey))
        {
            return true;
        }

        return string.Equals(query["$format"], "csv", StringComparison.OrdinalIgnoreCase)
            || request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true);
    }
}
