using System.ComponentModel;
using Transparency.Web.Domain;

namespace Transparency.Web.Api.Model;

[Description("A provider, commissioner or subcontractor. One organisation can be all three.")]
public sealed class Organisation
{
    [Description("The portal's number for the organisation.")]
    public int Id { get; set; }

    [Description("The org-id.guide identifier, such as GB-COH-01234567 (Companies House) or GB-CHC-1234567 (Charity Commission). Never changes once published.")]
    public required string Identifier { get; set; }

    [Description("The organisation's name.")]
    public required string Name { get; set; }

    [Description("Company, Charity, MutualOrSocialEnterprise or PublicBody.")]
    public LegalForm LegalForm { get; set; }

    [Description("The number in the register named by the identifier, when it has one.")]
    public string? RegistrationNumber { get; set; }

    [Description("The number of the group that owns the organisation, if any.")]
    public int? ParentGroupId { get; set; }

    [Description("The group that owns the organisation, if any.")]
    public ParentGroup? ParentGroup { get; set; }

    [Description("The name of the group that owns the organisation, or its own name when it is independent: the owner that market concentration is measured by.")]
    public required string OwnerName { get; set; }

    [Description("Small or medium-sized enterprise: fewer than 250 staff and turnover up to £44m.")]
    public bool IsSme { get; set; }

    [Description("Voluntary, community or social enterprise.")]
    public bool IsVcse { get; set; }

    [Description("The organisation's website, when known.")]
    public string? Website { get; set; }

    [Description("True for fictional organisations created as demonstration data.")]
    public bool IsDemonstration { get; set; }

    [Description("When the portal last changed the record, in UTC.")]
    public DateTime UpdatedAt { get; set; }

    [Description("Contracts the organisation delivers as the provider.")]
    public List<Contract> ContractsAsProvider { get; set; } = [];

    [Description("Contracts the organisation let as the commissioner.")]
    public List<Contract> ContractsAsCommissioner { get; set; } = [];

    [Description("Work the organisation did as a subcontractor, quarter by quarter.")]
    public List<Subcontract> Subcontracts { get; set; } = [];

    [Description("The organisation's current published quarterly returns, as a provider.")]
    public List<Return> Returns { get; set; } = [];
}
