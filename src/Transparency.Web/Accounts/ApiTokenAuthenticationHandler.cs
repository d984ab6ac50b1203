using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Transparency.Web.Accounts;

/// <summary>
/// <c>Authorization: Bearer tpt_…</c>: finds the token by its hash and yields a provider principal that carries
/// the token's organisation. Challenges and refusals answer RFC 9457 problem details.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>True when the request carries a bearer credential, so the API token scheme should handle it.</summary>
    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var token = await tokens.UseAsync(secret, Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("The API token is not valid or has been revoked.");
        }

        var claims = new[]
        {
            new Claim(ClaimTypes.NameIdentifier, $"api-token:{token.Id.ToString(CultureInfo.InvariantCulture)}"),
            new Claim(ClaimTypes.Name, $"token {token.Prefix} ({token.Name})"),
            new Claim(ClaimTypes.Role, PortalRoles.Provider),
            new Claim(PortalClaimTypes.OrganisationId, token.OrganisationId.ToString(CultureInfo.InvariantCulture)),
            new Claim(PortalClaimTypes.ApiTokenId, token.Id.ToString(CultureInfo.InvariantCulture)),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = "Bearer";
        var detail = result.Failure?.Message
            ?? "Send a provider API token in the Authorization header: 'Authorization: Bearer tpt_…'. An administrator issues tokens.";
        await PortalProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        PortalProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed",
            "This token cannot do that. A provider token can only act for its own organisation.");
}
