using System.Collections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Paths;

/// <summary>
/// <c>…/Provider/$ref</c> and <c>…/Kpis/$ref</c>: the addresses of the related entities rather than the entities. A
/// collection of references takes $filter, $orderby, $top and $skip like the collection itself, in pages.
/// </summary>
public static class ReferenceLinks
{
    public static IActionResult Answer(HttpRequest request, IQueryable related, NavigationPropertyLinkSegment link)
    {
        if (link.NavigationSource is not IEdmEntitySet target)
        {
            return ODataErrors.Unsupported("References are available for navigation into an entity set only.");
        }

        var model = request.GetModel();
        var path = request.ODataFeature().Path;
        var pageSize = PublicQueryAttribute.PageSizeFor(request);
        var options = new ODataQueryOptions(new ODataQueryContext(model, related.ElementType, path), request);
        options.Validate(new ODataValidationSettings
        {
            AllowedQueryOptions = AllowedQueryOptions.Filter | AllowedQueryOptions.OrderBy | AllowedQueryOptions.Top | AllowedQueryOptions.Skip
                | AllowedQueryOptions.Count | AllowedQueryOptions.Format | AllowedQueryOptions.SkipToken,
            MaxTop = ApiLimits.MaxTop,
            MaxSkip = ApiLimits.MaxSkip,
            MaxNodeCount = ApiLimits.MaxNodeCount,
        });
        PublicQueryRules.Validate(options);

        var rows = options.ApplyTo(related, new ODataQuerySettings { PageSize = pageSize, EnsureStableOrdering = true, HandleNullPropagation = HandleNullPropagationOption.False });
        var keys = target.EntityType.Key().ToList();
        var links = new List<ODataEntityReferenceLink>();
        foreach (var row in (IEnumerable)rows)
        {
            var values = keys.ToDictionary(k => k.Name, k => row.GetType().GetProperty(k.Name)!.GetValue(row)!);
            links.Add(new ODataEntityReferenceLink { Url = new Uri(request.CreateODataLink(new EntitySetSegment(target), new KeySegment(values, target.EntityType, target))) });
        }

        if (!link.NavigationProperty.Type.IsCollection())
        {
            return links.Count == 0 ? new NoContentResult() : new OkObjectResult(links[0].Url);
        }

        var feature = request.ODataFeature();
        return new OkObjectResult(new ODataEntityReferenceLinks { Links = links, NextPageLink = feature.NextLink, Count = feature.TotalCount });
    }
}
