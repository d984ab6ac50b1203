using System.Reflection;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Transparency.Web.Api.Insights;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.OpenApi;

/// <summary>Documents the OData query options each OData operation accepts, with the limits that apply.</summary>
public sealed class ODataQueryOptionsFilter : IOperationFilter
{
    private static readonly (string Name, string Description)[] CollectionOptions =
    [
        ("$filter", "Rows to keep, for example Sector eq 'Health' and contains(Title,'care'). contains, startswith and endswith ignore case. Money compares in pounds (Amount gt 1000000); quarters as labels (Quarter ge '2025-26 Q1')."),
        ("$select", "Properties to return, for example Id,Title,TotalValue."),
        ("$expand", $"Related entities to include, up to {ApiLimits.MaxExpansionDepth} levels, with nested options: Provider($select=Name),Kpis($filter=Kind eq 'Outcome')."),
        ("$orderby", $"Sort order, up to {ApiLimits.MaxOrderByNodeCount} properties, for example TotalValue desc."),
        ("$top", $"The most rows to return, at most {ApiLimits.MaxTop}."),
        ("$skip", $"Rows to skip, at most {ApiLimits.MaxSkip:N0}. To page through a set, follow @odata.nextLink instead."),
        ("$count", "true to include the number of matching rows as @odata.count."),
        ("$search", "Words to find in the set's names and titles, ignoring case; AND, OR, NOT and \"phrases\" work."),
        ("$compute", "Computed columns, for example year(StartDate) as Year; use them in $select, $filter and $orderby. Arithmetic on money is refused."),
        ("$apply", "Aggregation: filter(...), compute(...), groupby((Property,Navigation/Property),aggregate(Amount with sum as Total)), ending with orderby(...), top(n), skip(n), topcount(n,Total) or bottomcount(n,Total) if you like. Methods: sum, average (money rounded to the penny), min, max, countdistinct."),
        ("$skiptoken", "Continues a paged result. Use the @odata.nextLink the service gave; do not build it yourself."),
        ("$format", "json (the default) or csv. CSV pages continue in the Link header."),
    ];

    // The [PublicQuery] option that allows each collection option, so an operation lists only what it accepts.
    private static readonly Dictionary<string, AllowedQueryOptions> Flags = new(StringComparer.Ordinal)
    {
        ["$filter"] = AllowedQueryOptions.Filter,
        ["$select"] = AllowedQueryOptions.Select,
        ["$expand"] = AllowedQueryOptions.Expand,
        ["$orderby"] = AllowedQueryOptions.OrderBy,
        ["$top"] = AllowedQueryOptions.Top,
        ["$skip"] = AllowedQueryOptions.Skip,
        ["$count"] = AllowedQueryOptions.Count,
        ["$search"] = AllowedQueryOptions.Search,
        ["$compute"] = AllowedQueryOptions.Compute,
        ["$apply"] = AllowedQueryOptions.Apply,
        ["$skiptoken"] = AllowedQueryOptions.SkipToken,
        ["$format"] = AllowedQueryOptions.Format,
    };

    private static readonly (string Name, string Description)[] EntityOptions =
    [
        ("$select", "Properties to return."),
        ("$expand", $"Related entities to include, up to {ApiLimits.MaxExpansionDepth} levels."),
        ("$format", "json (the default) or csv."),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = "/" + (context.ApiDescription.RelativePath ?? string.Empty).Split('?')[0];
        var function = ODataPaths.IsFunction(path);
        var options = ODataPaths.IsCollection(path) || function ? CollectionOptions : ODataPaths.IsEntity(path) ? EntityOptions : null;
        if (options is null)
        {
            return;
        }

        var allowed = context.MethodInfo.GetCustomAttribute<PublicQueryAttribute>()?.AllowedQueryOptions ?? AllowedQueryOptions.All;
        options = [.. options.Where(o => (allowed & Flags[o.Name]) != 0)];
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Path && p.Name == "period") ?? [])
        {
            parameter.Description = InsightsPeriodParameter.Description + " Write it in single quotes, as OData requires: '2025-26'.";
        }

        operation.Parameters ??= [];
        foreach (var (name, description) in options)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Required = false,
                Description = description,
                Schema = new OpenApiSchema { Type = name is "$top" or "$skip" ? JsonSchemaType.Integer : name == "$count" ? JsonSchemaType.Boolean : JsonSchemaType.String },
            });
        }

        var set = path.Split('/', StringSplitOptions.RemoveEmptyEntries)[1].Split('(')[0];
        operation.Summary = function
            ? $"List {set} for one period, one page at a time, with the columns of the {set[..^"For".Length]} set."
            : ODataPaths.IsCollection(path)
            ? $"List {set}, one page at a time. {set}/$count answers the number of rows as plain text."
            : $"One entity from {set} by its Id.";
        operation.Tags = new HashSet<OpenApiTagReference> { new(set, context.Document) };
    }
}
