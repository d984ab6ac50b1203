using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>A return that was due: a provider with an active contract in a quarter whose deadline has passed, and its verdict.</summary>
public sealed record DueReturn(int ProviderId, Quarter Quarter, DateOnly DueDate, DateTime? FirstPublishedAt, TimelinessStatus State)
{
    public string StateText => State switch
    {
        TimelinessStatus.OnTime => "On time",
        TimelinessStatus.Late => $"Late by {DaysLate} {(DaysLate == 1 ? "day" : "days")}",
        _ => "Missing",
    };

    public int DaysLate => FirstPublishedAt is { } at ? DateOnly.FromDateTime(at).DayNumber - DueDate.DayNumber : 0;

    public string TagClass => State switch
    {
        TimelinessStatus.OnTime => "govuk-tag govuk-tag--green",
        TimelinessStatus.Late => "govuk-tag govuk-tag--orange",
        _ => "govuk-tag govuk-tag--red",
    };
}
