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
    public async Task<IQueryable?> QueryAsync(string entitySet, ControllerContext context)
    {
        if (!_roots.Value.TryGetValue(entitySet, out var action))
        {
            return null;
        }

        var controller = (ControllerBase)ActivatorUtilities.CreateInstance(context.HttpContext.RequestServices, action.ControllerTypeInfo);
        controller.ControllerContext = context;
        object?[]? arguments = action.MethodInfo.GetParameters().Length == 0 ? null : [context.HttpContext.RequestAborted];
        return action.MethodInfo.Invoke(controller, arguments) switch
        {
            IQueryable query => query,
            Task task => await AwaitQueryAsync(task),
            _ => null,
        };
    }

    private static async Task<IQueryable?> AwaitQueryAsync(Task task)
    {
        await task;
        return task.GetType().GetProperty(nameof(Task<>.Result))?.GetValue(task) as IQueryable;
    }

    // A set's own GET takes nothing, or the request's cancellation token, and returns its query, or a task of it.
    private static bool IsRoot(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var returns = method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? method.ReturnType.GetGenericArguments()[0]
            : method.ReturnType;
        return (parameters.Length == 0 || (parameters.Length == 1 && parameters[0].ParameterType == typeof(CancellationToken)))
            && returns.IsAssignableTo(typeof(IQueryable));
    }

    private static Dictionary<string, ControllerActionDescriptor> Find(IActionDescriptorCollectionProvider actions)
    {
        var roots = new Dictionary<string, ControllerActionDescriptor>(StringComparer.Ordinal);
        foreach (var action in actions.ActionDescriptors.Items.OfType<ControllerActionDescriptor>())
        {
            if (!IsRoot(action.MethodInfo))
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
