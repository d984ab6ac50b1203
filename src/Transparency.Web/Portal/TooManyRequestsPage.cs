using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Transparency.Web.Portal;

/// <summary>
/// What a browser gets when a rate limit refuses a form post (sign-in, upload): a page in the portal's layout that
/// says how long to wait, instead of the problem details API callers get. Rendered from the rate limiter's
/// rejection callback, which runs outside any page, so the view is executed directly.
/// </summary>
public static class TooManyRequestsPage
{
    public const string ViewPath = "/Portal/Shared/TooManyRequests.cshtml";

    public static async Task WriteAsync(HttpContext context, int seconds)
    {
        var metadata = context.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var result = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = StatusCodes.Status429TooManyRequests,
            ViewData = new ViewDataDictionary<TooManyRequestsModel>(metadata, new ModelStateDictionary())
            {
                Model = new TooManyRequestsModel(seconds, context.Request.Path),
            },
        };
        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
