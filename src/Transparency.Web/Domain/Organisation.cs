namespace Transparency.Web.Domain;

/// <summary>A provider, commissioner or subcontractor; one organisation can be all three.</summary>
public class Organisation
{
    public int Id { get; set; }

    /// <summary>org-id.guide identifier, such as GB-COH-01234567. Never changes once published.</summary>
    public required string Identifier { get; set; }

    public required string Name { get; set; }

    public LegalForm LegalForm { get; set; }

    public string? RegistrationNumber { get; set; }

    public int? ParentGroupId { get; set; }

    public ParentGroup? ParentGroup { get; set; }

    /// <summary>Small or medium-sized enterprise (fewer than 250 staff and turnover up to £44m).</summary>
    public bool IsSme { get; set; }

    /// <summary>Voluntary, community or social enterprise.</summary>
    public bool IsVcse { get; set; }

    public string? Website { get; set; }

    /// <summary>True for the fictional organisations created by the demonstration data generator.</summary>
    public bool IsDemonstration { get; set; }

    /// <summary>Set when an import could not be sure of the record (for example a supplier with no identifier).</summary>
    public string? ReviewNote { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<Contract> ContractsAsProvider { get; set; } = [];

    public List<Contract> ContractsAsCommissioner { get; set; } = [];
}
