using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Timeliness;

/// <summary>One provider's return for one quarter whose deadline has passed.</summary>
public sealed class ReturnTimelinessRow
{
    [Key]
    public int QuarterCode { get; init; }

    [Key]
    public int ProviderId { get; init; }

    public required string ProviderName { get; init; }

    public DateOnly Deadline { get; init; }

    /// <summary><see cref="Domain.TimelinessStatus"/> by name: OnTime, Late or Missing.</summary>
    public required string Status { get; init; }

    public DateTime? FirstPublishedAt { get; init; }

    /// <summary>Calendar days from the deadline to the (UTC) date of first publication: 0 when on time, null when missing.</summary>
    public int? DaysLate { get; init; }
}
