using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Timeliness;

/// <summary>Returns due, on time, late and missing for one provider over every quarter due.</summary>
public sealed class ProviderTimelinessRow
{
    [Key]
    public int ProviderId { get; init; }

    public required string ProviderName { get; init; }

    public int Due { get; init; }

    public int OnTime { get; init; }

    public int Late { get; init; }

    public int Missing { get; init; }

    /// <summary>On time as a percentage of due (0–100).</summary>
    public double OnTimePercent { get; init; }

    /// <summary>Mean days late of the late returns; null when none was late.</summary>
    public double? AverageDaysLate { get; init; }
}
