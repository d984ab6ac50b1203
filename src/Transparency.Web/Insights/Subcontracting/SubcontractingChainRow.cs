using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Subcontracting;

/// <summary>
/// A link in a subcontracting chain: a provider paid a subcontractor that is itself a provider of public
/// contracts, or that passes work on to subcontractors of its own.
/// </summary>
public sealed class SubcontractingChainRow
{
    [Key]
    public int ProviderId { get; init; }

    [Key]
    public int SubcontractorId { get; init; }

    public required string ProviderName { get; init; }

    public required string SubcontractorName { get; init; }

    public long PaidPence { get; init; }

    /// <summary>The subcontractor holds at least one contract as a provider.</summary>
    public bool SubcontractorIsProvider { get; init; }

    /// <summary>The subcontractor's own published returns show subcontractors (in the same period).</summary>
    public bool SubcontractorSubcontracts { get; init; }
}
