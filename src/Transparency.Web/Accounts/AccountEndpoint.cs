using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;

namespace Transparency.Web.Accounts;

/// <summary><c>GET /api/account</c>: the organisation the caller acts for, so a provider can check its token works.</summary>
public static class AccountEndpoint
{
    public static async Task<IResult> GetAsync(CurrentPublisher current, TransparencyDbContext db, CancellationToken cancellationToken)
    {
        if (current.Get() is not { } publisher)
        {
            return Results.Forbid();
        }

        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == publisher.OrganisationId)
            .Select(o => new { o.Identifier, o.Name })
            .SingleAsync(cancellationToken);
        return Results.Ok(new
        {
            organisation = organisation.Identifier,
            organisationName = organisation.Name,
            actor = publisher.Actor,
            authenticatedBy = publisher.ViaApiToken ? "api-token" : "sign-in",
        });
    }
}
