using Transparency.Web.Domain;

namespace Transparency.Web.OcdsImport;

public sealed record PlannedOrganisation(string Name, LegalForm LegalForm, bool? Sme, bool? Vcse, string? ReviewNote);
