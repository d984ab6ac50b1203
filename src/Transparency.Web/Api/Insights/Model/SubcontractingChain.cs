using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("A link in a subcontracting chain: a provider paid a subcontractor that itself holds public contracts or passes work on. SubcontractingChainsFor(period=...) gives one quarter or financial year. See the methodology page, 'Subcontracting'.")]
public sealed class SubcontractingChain
{
    [Key]
    [Description("The number of the paying provider (an organisation).")]
    public int ProviderId { get; set; }

    [Key]
    [Description("The number of the subcontractor (an organisation).")]
    public int SubcontractorId { get; set; }

    [Description("The paying provider's name.")]
    public required string ProviderName { get; set; }

    [Description("The subcontractor's name.")]
    public required string SubcontractorName { get; set; }

    [Description("Paid by the provider to the subcontractor, in pounds, exact to the penny.")]
    public decimal Paid { get; set; }

    [Description("True when the subcontractor holds at least one contract as a provider.")]
    public bool SubcontractorIsProvider { get; set; }

    [Description("True when the subcontractor's own published returns show subcontractors in the same period.")]
    public bool SubcontractorSubcontracts { get; set; }
}
