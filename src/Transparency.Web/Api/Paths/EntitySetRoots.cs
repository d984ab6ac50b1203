using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OData.Routing;
using Microsoft.AspNetCore.OData.Routing.Template;

namespace Transparency.Web.Api.Paths;

/// <summary>
/// Where a resource path starts: the query the entity set's own <c>GET /odata/{Set}</c> action returns, found in the
/// route table, so a path into an insight set starts from the same query (levels, quarters, rounding) as the set
/// itself, and a new set needs nothing here.
/// </summary>
public sealed class EntitySetRoots(IActionDescriptorCollectionProvider actions)
{
    private readonly Lazy<Dictionary<string, ControllerActionDescriptor>> _roots = new(() => Find(actions));

    /// <summary>The set's query, built by a new instance of its controller sharing this request's context; null when the set has none.</summary>
    public IQueryable? Query(string entitySet, ControllerContext context)
    {
        if (!_roots.Value.TryGetValue(entitySet, out var action))
        {
            return null;
        }

        var controller = (ControllerBase)ActivatorUtilities.CreateInstance(context.HttpContext.RequestServices, action.ControllerTypeInfo);
        controller.ControllerContext = context;
        return action.MethodInfo.Invoke(controller, null) as IQueryable;
    }

    private static Dictionary<string, ControllerActionDescriptor> Find(IActionDescriptorCollectionProvider actions)
    {
        var roots = new Dictionary<string, ControllerActionDescriptor>(StringComparer.Ordinal);
        foreach (var action in actions.ActionDescriptors.Items.OfType<ControllerActionDescriptor>())
        {
            if (action.MethodInfo.GetParameters().Length != 0 || !action.MethodInfo.ReturnType.IsAssignableTo(typeof(IQueryable)))
            {
                continue;
            }

            foreach (var metadata in action.EndpointMetadata.OfType<IODataRoutingMetadata>())
            {
                if (metadata.Template is [EntitySetSegmentTemplate set])
                {
                    roots.TryAdd(set.EntitySet.Name, action);
                }
            }
        }

        return roots;
    }

    /// <summary>Whether the set's controller carries the attribute, such as the insights' time limit.</summary>
    public bool Has<TAttribute>(string entitySet)
        where TAttribute : Attribute =>
        _roots.Value.TryGetValue(entitySet, out var action) && action.ControllerTypeInfo.GetCustomAttribute<TAttribute>() is not null;
}
