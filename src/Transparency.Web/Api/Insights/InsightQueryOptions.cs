using Microsoft.AspNetCore.OData.Query;

namespace Transparency.Web.Api.Insights;

/// <summary>
/// The query options the insight sets answer. They have no navigation properties to expand, no names to
/// search and are already aggregates, so $expand, $search and $apply are refused rather than half working.
/// </summary>
public static class InsightQueryOptions
{
    public const AllowedQueryOptions Allowed =
        AllowedQueryOptions.Filter | AllowedQueryOptions.Select | AllowedQueryOptions.OrderBy | AllowedQueryOptions.Top
        | AllowedQueryOptions.Skip | AllowedQueryOptions.Count | AllowedQueryOptions.SkipToken | AllowedQueryOptions.Format;
}
