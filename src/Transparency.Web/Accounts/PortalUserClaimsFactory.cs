using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Transparency.Web.Domain;

namespace Transparency.Web.Accounts;

/// <summary>Puts a provider user's organisation into the sign-in cookie, so every request knows whom they act for.</summary>
public sealed class PortalUserClaimsFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganisationId is { } organisationId)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.OrganisationId, organisationId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
