using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Results;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Transparency.Web.Api.Insights;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Paths;

/// <summary>
/// Answers the resource paths of OData's Intermediate conformance level that the library's conventions do not:
/// <c>Contracts(1)/Title</c> and <c>/$value</c>, <c>Contracts(1)/Provider</c>, <c>Contracts(1)/Kpis</c> with any query
/// options and <c>/$count</c>, <c>…/$ref</c>, deeper navigation, <c>Contracts(Id=1)</c> and keys on the insight sets;
/// and refuses everything else under /odata with an OData error: 404 for what does not exist, 400 for a malformed
/// path, 501 for valid OData the service does not offer, 405 for methods that would write.
/// </summary>
[InsightDeadline]
public sealed class ResourcePathsController(EntitySetRoots roots) : PublicController
{
    [PublicQuery]
    public async Task<IActionResult> Get()
    {
        if (HttpContext.Items[ResourcePathTemplate.ErrorItem] is ODataException error)
        {
            return PathErrors.For(error, RouteData.Values["odataPath"] as string ?? string.Empty);
        }

        var path = Request.ODataFeature().Path;
        if (path.FirstSegment is BatchSegment)
        {
            Response.Headers.Allow = "POST";
            return ODataErrors.Result(StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed",
                "Send a batch with POST /odata/$batch, as multipart/mixed or application/json.");
        }

        if (path.FirstSegment is not EntitySetSegment set)
        {
            return PathErrors.Unsupported(path);
        }

        if (await roots.QueryAsync(set.EntitySet.Name, ControllerContext) is not { } query)
        {
            return PathErrors.NoRoot(set.EntitySet.Name);
        }

        IQueryable? parent = null;
        foreach (var segment in path.Skip(1))
        {
            switch (segment)
            {
                case KeySegment key:
                    query = ResourcePathQuery.Key(query, key);
                    break;
                case NavigationPropertySegment navigation:
                    parent = query;
                    query = ResourcePathQuery.Navigate(query, navigation.NavigationProperty);
                    break;
                case NavigationPropertyLinkSegment link:
                    return ReferenceLinks.Answer(Request, ResourcePathQuery.Navigate(query, link.NavigationProperty), link);
                case PropertySegment property:
                    return Value(ResourcePathQuery.Property(query, property.Property), path.LastSegment is ValueSegment);
                case CountSegment:
                    // [PublicQuery] counts the rows after $filter, as for /odata/Contracts/$count.
                    return Ok(query);
                case TypeSegment type when IsSameType(type):
                    break;
                default:
                    return PathErrors.Unsupported(path);
            }
        }

        return path.LastSegment switch
        {
            KeySegment => Ok(SingleResultOf(query)),
            NavigationPropertySegment { NavigationProperty: var nav } when !nav.Type.IsCollection() =>
                ResourcePathQuery.Any(query) ? Ok(SingleResultOf(query)) : ResourcePathQuery.Any(parent!) ? NoContent() : PathErrors.NoKey(),
            _ => Ok(query),
        };
    }

    /// <summary>The read-only API's answer to POST, PUT, PATCH and DELETE on any resource.</summary>
    public IActionResult Refuse()
    {
        Response.Headers.Allow = "GET";
        return ODataErrors.Result(StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed",
            "The API is read-only: it answers GET requests (and POST to /odata/$batch, for several GET requests at once).");
    }

    private IActionResult Value(IQueryable values, bool raw)
    {
        var value = ResourcePathQuery.First(values, out var found);
        if (!found)
        {
            return PathErrors.NoKey();
        }

        if (value is null)
        {
            return NoContent();
        }

        if (!raw)
        {
            return Ok(value);
        }

        Response.Headers["OData-Version"] = Protocol.ODataVersions.ResponseVersion(Request);
        return Content(RawValues.Text(value), "text/plain; charset=utf-8");
    }

    private static bool IsSameType(TypeSegment type) => type.EdmType is IEdmCollectionType collection
        ? collection.ElementType.Definition == type.ExpectedType.AsElementType()
        : type.EdmType == type.ExpectedType;

    private static object SingleResultOf(IQueryable query) =>
        Activator.CreateInstance(typeof(SingleResult<>).MakeGenericType(query.ElementType), query)!;
}
