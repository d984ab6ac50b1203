using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>An organisation as the site shows it.</summary>
public sealed record SiteOrganisation(
    int Id, string Identifier, string Name, LegalForm LegalForm, string? RegistrationNumber,
    int? ParentGroupId, bool IsSme, bool IsVcse, string? Website);
