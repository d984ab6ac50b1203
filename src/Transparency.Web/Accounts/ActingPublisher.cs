namespace Transparency.Web.Accounts;

/// <summary>Who is publishing: the organisation a provider user or API token acts for, and a name for the audit log.</summary>
/// <param name="OrganisationId">The database id of the organisation.</param>
/// <param name="Actor">The user's email address, or <c>token tpt_Ab12cd34 (name)</c> for an API token.</param>
/// <param name="ApiTokenId">Set when an API token authenticated the request.</param>
public sealed record ActingPublisher(int OrganisationId, string Actor, int? ApiTokenId)
{
    public bool ViaApiToken => ApiTokenId is not null;

    /// <summary>True only for the publisher's own organisation: a provider never writes for another.</summary>
    public bool CanActFor(int organisationId) => organisationId == OrganisationId;
}
