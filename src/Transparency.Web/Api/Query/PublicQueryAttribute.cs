using System.Reflection;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace Transparency.Web.Api.Query;

/// <summary>
/// [EnableQuery] with the public API's limits, its extra rules (<see cref="PublicQueryRules"/>) and a page
/// size chosen per request: 100 rows, or what <c>Prefer: odata.maxpagesize</c> asks for up to 1000.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PublicQueryAttribute : EnableQueryAttribute
{
    /// <summary>Where the page size chosen for a request is kept, for the CSV writer's Link header.</summary>
    public const string PageSizeItem = "Transparency.Api.PageSize";

    /// <summary>Where the request's parsed query options are kept, for the CSV writer's columns.</summary>
    public const string QueryOptionsItem = "Transparency.Api.QueryOptions";

    public PublicQueryAttribute()
    {
        // PageSize here only makes the base class apply the query to requests without a query string;
        // the size actually used is chosen per request in ApplyQuery.
        PageSize = ApiLimits.DefaultPageSize;
        MaxTop = ApiLimits.MaxTop;
        MaxSkip = ApiLimits.MaxSkip;
        MaxExpansionDepth = ApiLimits.MaxExpansionDepth;
        MaxNodeCount = ApiLimits.MaxNodeCount;
        MaxAnyAllExpressionDepth = ApiLimits.MaxAnyAllExpressionDepth;
        MaxOrderByNodeCount = ApiLimits.MaxOrderByNodeCount;
        AllowedQueryOptions = AllowedQueryOptions.Supported;
        HandleNullPropagation = HandleNullPropagationOption.False;
        EnsureStableOrdering = true;
        EnableConstantParameterization = true;
    }

    /// <summary>A path that did not parse has no segments to take a query context from; its action answers the error.</summary>
    protected override ODataQueryOptions? CreateQueryOptionsOnExecuting(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext actionExecutingContext) =>
        actionExecutingContext.HttpContext.Request.ODataFeature().Path is { Count: > 0 } ? base.CreateQueryOptionsOnExecuting(actionExecutingContext) : null;

    public override void ValidateQuery(HttpRequest request, ODataQueryOptions queryOptions)
    {
        base.ValidateQuery(request, queryOptions);
        PublicQueryRules.Validate(queryOptions);
    }

    public override IQueryable ApplyQuery(IQueryable queryable, ODataQueryOptions queryOptions)
    {
        var request = queryOptions.Request;
        var settings = new ODataQuerySettings
        {
            PageSize = request.ODataFeature().Path?.LastSegment?.EdmType is IEdmCollectionType ? PageSizeFor(request) : null,
            TimeZone = TimeZoneInfo.Utc,
            HandleNullPropagation = HandleNullPropagationOption.False,
            EnsureStableOrdering = true,
            EnableConstantParameterization = true,
        };

        request.HttpContext.Items[PageSizeItem] = settings.PageSize;
        request.HttpContext.Items[QueryOptionsItem] = queryOptions;
        try
        {
            var result = queryOptions.ApplyTo(queryable, settings);

            // Count now, inside the same error handling, rather than later while the response is being written.
            var feature = request.ODataFeature();
            if (feature.TotalCountFunc is { } count)
            {
                feature.TotalCount = count();
            }

            return result;
        }
        catch (Exception error) when (Translate(error) is { } answer)
        {
            throw answer;
        }
    }

    /// <summary>
    /// Turns what the database layer throws into what the client should hear: a bad literal is the client's
    /// mistake (400), a query the engine cannot translate is ours (501), a stopped query is a timeout (503).
    /// </summary>
    private static Exception? Translate(Exception error)
    {
        // The library runs the query through reflection when it pages, which wraps every error.
        var inner = error is TargetInvocationException { InnerException: { } wrapped } ? wrapped : error;
        return inner switch
        {
            // A quarter label that does not parse, or an amount with a fraction of a penny, in their own words.
            FormatException format => new ODataException(format.Message, format),
            ArgumentException argument when argument is not ArgumentOutOfRangeException => new ODataException(argument.Message.Split(" (Parameter", 2)[0], argument),
            _ when QueryTimeout.IsTimeout(inner) => new QueryTimeoutException(inner),
            InvalidOperationException translation when translation is not ODataException && translation.Source?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true =>
                new UnsupportedQueryException(
                    "This combination of query options cannot be run by the database. Try fewer nested $expand levels with $top or $skip, " +
                    "or ask for the related rows from their own entity set with $filter.", translation),
            _ when inner != error => inner,
            _ => null,
        };
    }

    /// <summary>The page size for this request: the default, or the client's preference within the maximum.</summary>
    public static int PageSizeFor(HttpRequest request)
    {
        foreach (var value in request.Headers["Prefer"])
        {
            foreach (var preference in (value ?? string.Empty).Split(','))
            {
                var parts = preference.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length == 2 && parts[0] is "odata.maxpagesize" or "maxpagesize" && int.TryParse(parts[1], out var size) && size > 0)
                {
                    var applied = Math.Min(size, ApiLimits.MaxPageSize);
                    request.HttpContext.Response.Headers["Preference-Applied"] = $"odata.maxpagesize={applied}";
                    return applied;
                }
            }
        }

        return ApiLimits.DefaultPageSize;
    }
}
