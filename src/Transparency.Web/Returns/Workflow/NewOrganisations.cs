using Transparency.Web.Domain;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Workflow;

/// <summary>Organisations first met as subcontractors in a return, created when it is published and flagged for an administrator to check.</summary>
public static class NewOrganisations
{
    public static Organisation Create(PlannedSubcontract planned, QuarterlyReturn quarterlyReturn, DateTime now) => new()
    {
        Identifier = planned.SubcontractorIdentifier,
        Name = planned.SubcontractorName,
        LegalForm = LegalFormOf(planned.SubcontractorIdentifier),
        CreatedAt = now,
        UpdatedAt = now,
        ReviewNote = planned.IdentifierGiven
            ? $"Added as a subcontractor from the {quarterlyReturn.Quarter} return of organisation {quarterlyReturn.ProviderId}; check the name and details."
            : $"Added by name only from the {quarterlyReturn.Quarter} return of organisation {quarterlyReturn.ProviderId}, with a local identifier; add its real identifier.",
    };

    /// <summary>The register an identifier comes from says what kind of body it is; anything else is taken to be a company.</summary>
    public static LegalForm LegalFormOf(string identifier) => OrgId.ListOf(identifier) switch
    {
        "GB-CHC" or "GB-SC" or "GB-NIC" => LegalForm.Charity,
        "GB-MPR" => LegalForm.MutualOrSocialEnterprise,
        "GB-GOR" or "GB-LAE" or "GB-LAS" or "GB-PLA" or "GB-NHS" or "GB-EDU" or "XI-PB" => LegalForm.PublicBody,
        _ => LegalForm.Company,
    };
}
