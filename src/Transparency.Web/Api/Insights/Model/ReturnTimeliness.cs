using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("One provider's return for one quarter whose deadline has passed: on time, late or missing. See the methodology page, 'Timeliness'.")]
public sealed class ReturnTimeliness
{
    [Key]
    [Description("The number of the provider (an organisation).")]
    public int ProviderId { get; set; }

    [Key]
    [Description("The UK financial-year quarter, such as '2025-26 Q2'. Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("The provider's name.")]
    public required string ProviderName { get; set; }

    [Description("The date the return was due.")]
    public DateOnly Deadline { get; set; }

    [Description("OnTime, Late or Missing.")]
    public required string Status { get; set; }

    [Description("When the return was first published (UTC); empty when missing. A later restatement does not change it.")]
    public DateTime? FirstPublishedAt { get; set; }

    [Description("Calendar days from the deadline to the date of first publication: 0 when on time, empty when missing.")]
    public int? DaysLate { get; set; }
}
