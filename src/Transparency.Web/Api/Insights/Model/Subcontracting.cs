using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("How much of one provider's published funding it passed to subcontractors, and how much of that went to SMEs and VCSEs. SubcontractingFor(period=...) gives one quarter or financial year. See the methodology page, 'Subcontracting'.")]
public sealed class Subcontracting
{
    [Key]
    [Description("The number of the provider (an organisation).")]
    public int ProviderId { get; set; }

    [Description("The provider's organisation identifier (org-id).")]
    public required string ProviderIdentifier { get; set; }

    [Description("The provider's name.")]
    public required string ProviderName { get; set; }

    [Description("Published funding received, net of service-credit deductions, in pounds, exact to the penny.")]
    public decimal Funding { get; set; }

    [Description("Paid to subcontractors in the same quarters, in pounds, exact to the penny.")]
    public decimal Subcontracted { get; set; }

    [Description("Subcontracted as a percentage of Funding, rounded to 2 decimal places; empty when no funding was published.")]
    public decimal? SubcontractedShare { get; set; }

    [Description("Paid to SME subcontractors, in pounds, exact to the penny.")]
    public decimal Sme { get; set; }

    [Description("Sme as a percentage of Subcontracted (0 to 100), rounded to 2 decimal places; empty when nothing was subcontracted.")]
    public decimal? SmeShare { get; set; }

    [Description("Paid to voluntary, community and social enterprise (VCSE) subcontractors, in pounds, exact to the penny.")]
    public decimal Vcse { get; set; }

    [Description("Vcse as a percentage of Subcontracted (0 to 100), rounded to 2 decimal places; empty when nothing was subcontracted.")]
    public decimal? VcseShare { get; set; }

    [Description("Different subcontractors paid.")]
    public int Subcontractors { get; set; }
}
