using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Subcontracting;

/// <summary>How much of one provider's published funding it passed to subcontractors, and to SMEs and VCSEs.</summary>
public sealed class SubcontractingRow
{
    [Key]
    public int ProviderId { get; init; }

    public required string ProviderIdentifier { get; init; }

    public required string ProviderName { get; init; }

    /// <summary>Published funding received, net of service-credit deductions.</summary>
    public long FundingPence { get; init; }

    /// <summary>Paid to subcontractors in the same quarters.</summary>
    public long SubcontractedPence { get; init; }

    /// <summary>Subcontracted as a percentage of funding (0–100); null when no funding was published.</summary>
    public double? SubcontractedShare { get; init; }

    public long SmePence { get; init; }

    /// <summary>Paid to SME subcontractors as a percentage of all subcontracted (0–100); null when nothing was subcontracted.</summary>
    public double? SmeShare { get; init; }

    public long VcsePence { get; init; }

    public double? VcseShare { get; init; }

    public int Subcontractors { get; init; }
}
