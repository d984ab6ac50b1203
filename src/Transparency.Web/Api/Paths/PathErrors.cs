using Microsoft.AspNetCore.Mvc;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace Transparency.Web.Api.Paths;

/// <summary>What a resource path that cannot be answered gets, in words that say what to do instead.</summary>
public static class PathErrors
{
    /// <summary>OData's service-wide resources, valid in any OData URL, that this service does not offer.</summary>
    private static readonly string[] ServiceResources = ["$all", "$crossjoin", "$entity"];

    public static ObjectResult For(ODataException error, string path) => error switch
    {
        _ when ServiceResources.Any(r => path.StartsWith(r, StringComparison.Ordinal)) => ODataErrors.Unsupported(
            $"{path.Split('(', '/', '?')[0]} is not available on this service. Ask each entity set for its rows, for example /odata/Contracts?$filter=..."),
        ODataUnrecognizedPathException => ODataErrors.NoSuchResource(
            $"Nothing is at this address: {Clean(error.Message)} The service document /odata lists the entity sets, and /odata/$metadata their properties and navigation."),
        _ => ODataErrors.Result(StatusCodes.Status400BadRequest, ODataErrors.BadRequest,
            $"The address is not a valid OData path: {Clean(error.Message)} Keys are written Contracts(1), Contracts/1 or Contracts(Id=1); text keys in single quotes."),
    };

    public static ObjectResult Unsupported(ODataPath path) => ODataErrors.Unsupported(
        $"'{string.Join('/', path.Select(s => s.Identifier))}' is a valid OData path, but this service does not answer it. " +
        "It answers entity sets, keys, properties and their /$value, navigation with /$count and /$ref, and the functions listed in /odata/$metadata.");

    public static ObjectResult NoRoot(string set) => ODataErrors.Unsupported($"The entity set {set} cannot be read through a path; use /odata/{set} with $filter.");

    public static ObjectResult NoKey() => ODataErrors.NoSuchResource("Nothing has that key. Check the number, or search the entity set with $filter or $search.");

    private static string Clean(string message) => message.Trim().TrimEnd('.') + ".";
}
