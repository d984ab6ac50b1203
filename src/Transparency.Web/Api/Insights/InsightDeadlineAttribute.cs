using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;

namespace Transparency.Web.Api.Insights;

/// <summary>
/// Puts the API's query time limit (<see cref="ApiOptions.QueryTimeoutSeconds"/>) on an insight request from the
/// moment it starts until its response is written: the rows are read while the response is written, after the
/// action has returned its query.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InsightDeadlineAttribute : Attribute, IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var limit = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<ApiOptions>>().Value.QueryTimeoutSeconds);
        var db = services.GetRequiredService<TransparencyDbContext>();
        await using (await InsightQueryDeadline.ArmAsync(db, limit, context.HttpContext.RequestAborted))
        {
            await next();
        }
    }
}
