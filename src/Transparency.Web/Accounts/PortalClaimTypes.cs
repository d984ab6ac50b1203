namespace Transparency.Web.Accounts;

/// <summary>Claims the portal adds to a signed-in user or an API token's principal.</summary>
public static class PortalClaimTypes
{
    /// <summary>The database id of the organisation a provider user or token acts for.</summary>
    public const string OrganisationId = "transparency:organisation-id";

    /// <summary>The database id of the API token that authenticated the request.</summary>
    public const string ApiTokenId = "transparency:api-token-id";
}
