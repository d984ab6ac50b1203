using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("Returns due, on time, late and missing for one provider over every quarter whose deadline has passed. See the methodology page, 'Timeliness'.")]
public sealed class ProviderTimeliness
{
    [Key]
    [Description("The number of the provider (an organisation).")]
    public int ProviderId { get; set; }

    [Description("The provider's name.")]
    public required string ProviderName { get; set; }

    [Description("Returns due: quarters in which the provider had at least one contract active.")]
    public int Due { get; set; }

    [Description("Returns first published on or before the deadline.")]
    public int OnTime { get; set; }

    [Description("Returns first published after the deadline.")]
    public int Late { get; set; }

    [Description("Returns not published yet.")]
    public int Missing { get; set; }

    [Description("On time as a percentage of due (0 to 100), rounded to 2 decimal places.")]
    public decimal OnTimePercent { get; set; }

    [Description("Mean days late of the late returns; empty when none was late.")]
    public double? AverageDaysLate { get; set; }
}
