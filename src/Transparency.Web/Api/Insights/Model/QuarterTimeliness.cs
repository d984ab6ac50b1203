using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("Returns due, on time, late and missing in one quarter whose deadline has passed, under the current deadline rule. See the methodology page, 'Timeliness'.")]
public sealed class QuarterTimeliness
{
    [Key]
    [Description("The UK financial-year quarter, such as '2025-26 Q2'. Compare with eq, ne, lt, gt or in.")]
    public required string Quarter { get; set; }

    [Description("The date returns for the quarter were due.")]
    public DateOnly Deadline { get; set; }

    [Description("Returns due: providers with at least one contract active in the quarter.")]
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
