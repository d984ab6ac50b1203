using Microsoft.AspNetCore.Identity;

namespace Transparency.Web.Domain;

/// <summary>A person who signs in: an administrator, or a provider user who belongs to one organisation.</summary>
public class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>The organisation a provider user publishes for; null for administrators.</summary>
    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }
}
