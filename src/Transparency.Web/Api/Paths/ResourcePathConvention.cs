using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Routing.Conventions;
using Microsoft.AspNetCore.OData.Routing.Template;

namespace Transparency.Web.Api.Paths;

/// <summary>Routes every path under /odata that no other OData route serves to <see cref="ResourcePathsController"/>.</summary>
public sealed class ResourcePathConvention : IODataControllerActionConvention
{
    /// <summary>
    /// The methods the read-only API refuses with 405 and an error body, rather than leaving them to the site's fallback.
    /// HEAD is among them: the OData routes answer GET only, and HEAD would otherwise reach the site's HTML 404.
    /// </summary>
    private const string Refused = "POST,PUT,PATCH,DELETE,MERGE,HEAD";

    public int Order => 10_000;

    public bool AppliesToController(ODataControllerActionContext context) =>
        context.Controller.ControllerType == typeof(ResourcePathsController);

    public bool AppliesToAction(ODataControllerActionContext context)
    {
        var template = new ODataPathTemplate(new ResourcePathTemplate());
        var method = context.Action.ActionName switch
        {
            nameof(ResourcePathsController.Get) => "GET",
            nameof(ResourcePathsController.Refuse) => Refused,
            _ => null,
        };
        if (method is null)
        {
            return false;
        }

        context.Action.AddSelector(method, context.Prefix, context.Model, template, context.Options?.RouteOptions);
        return true;
    }
}
