namespace Transparency.Web.Accounts;

/// <summary>
/// Authorisation policy names. Endpoints that write a provider's return use <see cref="Publisher"/> and then
/// check each organisation they touch with <see cref="ActingPublisher.CanActFor"/>.
/// </summary>
public static class PortalPolicies
{
    /// <summary>Signed in (cookie) with the administrator role.</summary>
    public const string Administrator = "administrator";

    /// <summary>A provider user (cookie) or a provider API token (bearer) that acts for exactly one organisation.</summary>
    public const string Publisher = "publisher";
}
