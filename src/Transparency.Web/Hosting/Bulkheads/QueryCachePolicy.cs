using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Transparency.Web.Hosting.Bulkheads;

/// <summary>
/// The output-cache rules for heavy API answers, a base policy that acts only on requests marked by
/// <see cref="Mark"/>: anonymous GET and HEAD, keyed by the whole address, the headers that change an OData answer
/// and the <see cref="QueryCache"/> stamp; only complete 200 answers without cookies are kept. The output cache
/// lets one request compute an answer while identical ones wait for it.
/// </summary>
public sealed class QueryCachePolicy(TimeSpan duration) : IOutputCachePolicy
{
    private const string Marker = "Transparency.Hosting.CacheableQuery";

    private static readonly StringValues VaryHeaders = new(["Accept", "Prefer", "OData-MaxVersion", "OData-Version", "Accept-Encoding"]);

    /// <summary>True (and the request marked for this policy) when it is a heavy API question anyone may be given the same answer to.</summary>
    public static bool Mark(HttpContext context)
    {
        var request = context.Request;
        var cacheable = HeavyRequests.Classify(context) == HeavyRequests.Queries
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey("Authorization");
        if (cacheable)
        {
            context.Items[Marker] = true;
        }

        return cacheable;
    }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!context.HttpContext.Items.ContainsKey(Marker))
        {
            return ValueTask.CompletedTask;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = duration;
        context.Tags.Add(QueryCache.Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = StringValues.Concat(context.CacheVaryByRules.HeaderNames, VaryHeaders);
        context.CacheVaryByRules.VaryByValues["query-cache"] = context.HttpContext.RequestServices.GetRequiredService<QueryCache>().Stamp;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!context.HttpContext.Items.ContainsKey(Marker))
        {
            return ValueTask.CompletedTask;
        }

        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
