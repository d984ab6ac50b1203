using System.Globalization;
using System.Security.Claims;

namespace Transparency.Web.Accounts;

/// <summary>
/// Resolves the <see cref="ActingPublisher"/> from the current request's principal, whether it came from the
/// sign-in cookie or an API token. Null for anonymous callers and administrators, who publish for no one.
/// </summary>
public sealed class CurrentPublisher(IHttpContextAccessor accessor)
{
    public ActingPublisher? Get() => From(accessor.HttpContext?.User);

    public static ActingPublisher? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true
            || !int.TryParse(user.FindFirstValue(PortalClaimTypes.OrganisationId), NumberStyles.None, CultureInfo.InvariantCulture, out var organisationId))
        {
            return null;
        }

        int? tokenId = int.TryParse(user.FindFirstValue(PortalClaimTypes.ApiTokenId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        var actor = user.Identity.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        return new ActingPublisher(organisationId, actor, tokenId);
    }
}
