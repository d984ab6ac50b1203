namespace Transparency.Web.Administration.Registry;

/// <summary>An organisation as typed in the form or a row of organisations.csv; every value is text until checked.</summary>
public sealed class OrganisationRow
{
    public static readonly IReadOnlyList<RegistryColumn<OrganisationRow>> Columns =
    [
        new("identifier", nameof(Identifier), r => r.Identifier, (r, v) => r.Identifier = v, Required: true),
        new("name", nameof(Name), r => r.Name, (r, v) => r.Name = v, Required: true),
        new("legal_form", nameof(LegalForm), r => r.LegalForm, (r, v) => r.LegalForm = v, Required: true),
        new("registration_number", nameof(RegistrationNumber), r => r.RegistrationNumber, (r, v) => r.RegistrationNumber = v),
        new("sme", nameof(Sme), r => r.Sme, (r, v) => r.Sme = v),
        new("vcse", nameof(Vcse), r => r.Vcse, (r, v) => r.Vcse = v),
        new("website", nameof(Website), r => r.Website, (r, v) => r.Website = v),
    ];

    public string? Identifier { get; set; }

    public string? Name { get; set; }

    public string? LegalForm { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? Sme { get; set; }

    public string? Vcse { get; set; }

    public string? Website { get; set; }
}
