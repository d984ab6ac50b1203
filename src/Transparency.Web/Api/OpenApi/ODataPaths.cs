using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Transparency.Web.Api.OpenApi;

/// <summary>Recognises the OData routes worth documenting: an entity set, one of its entities by key, and a function with one parameter.</summary>
public static partial class ODataPaths
{
    /// <summary>
    /// Everything outside /odata, and of /odata only one path per entity set and one per key: the /{key}
    /// duplicates of ({key}), the separate $count paths (described on each set) and the metadata documents
    /// would mislead.
    /// </summary>
    public static bool IsDocumented(string path) =>
        !path.StartsWith("/odata", StringComparison.Ordinal) || IsCollection(path) || IsEntity(path) || IsFunction(path);

    public static bool IsCollection(string path) => CollectionPath().IsMatch(path);

    public static bool IsEntity(string path) => EntityPath().IsMatch(path);

    /// <summary>An unbound function returning a collection, such as /odata/FundingMixFor(period={period}).</summary>
    public static bool IsFunction(string path) => FunctionPath().IsMatch(path);

    /// <summary>Contracts_List and Contracts_GetByKey: unique, stable and readable in generated clients.</summary>
    public static string OperationId(ApiDescription api)
    {
        var path = "/" + (api.RelativePath ?? string.Empty).Split('?')[0];
        var set = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1)?.Split('(')[0] ?? "Api";
        return IsEntity(path) ? $"{set}_GetByKey" : IsCollection(path) || IsFunction(path) ? $"{set}_List" : $"{set}_{api.HttpMethod}_{path.GetHashCode(StringComparison.Ordinal):x8}";
    }

    [GeneratedRegex(@"^/odata/[A-Za-z]+$")]
    private static partial Regex CollectionPath();

    [GeneratedRegex(@"^/odata/[A-Za-z]+\(\{key\}\)$")]
    private static partial Regex EntityPath();

    [GeneratedRegex(@"^/odata/[A-Za-z]+\([a-z]+=\{[a-z]+\}\)$")]
    private static partial Regex FunctionPath();
}
