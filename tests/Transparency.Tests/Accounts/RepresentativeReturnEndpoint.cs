using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Transparency.Web.Accounts;

namespace Transparency.Tests.Accounts;

/// <summary>
/// Stands for "write provider X's return" the way the returns endpoints will be built: the publisher policy,
/// then <see cref="CurrentPublisher"/> and <see cref="ActingPublisher.CanActFor"/> for the organisation written to.
/// Added to the test host only.
/// </summary>
public sealed class RepresentativeReturnEndpoint : IStartupFilter
{
    public static string PathFor(int organisationId) => $"/api/test/organisations/{organisationId}/returns";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // After the portal's pipeline is built, its route builder is known; endpoints are read at the first request.
        next(app);
        var endpoints = app.Properties.Values.OfType<IEndpointRouteBuilder>().First();
        endpoints.MapPost("/api/test/organisations/{organisationId:int}/returns", (int organisationId, CurrentPublisher current) =>
                current.Get() is { } publisher && publisher.CanActFor(organisationId)
                    ? Results.Ok(new { publisher.OrganisationId, publisher.Actor })
                    : Results.Forbid())
            .RequireAuthorization(PortalPolicies.Publisher)
            .RequireRateLimiting(PortalRateLimits.Upload);
    };
}
