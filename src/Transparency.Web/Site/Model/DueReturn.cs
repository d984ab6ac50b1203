using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

public enum ReturnState
{
    OnTime,
    Late,
    Missing,
}

/// <summary>A return that was due: a provider with an active contract in a quarter whose deadline has passed.</summary>
public sealed record DueReturn(int ProviderId, Quarter Quarter, DateOnly DueDate, DateTime? FirstPublishedAt, ReturnState State)
{
    public string StateText => State switch
    {
        ReturnState.OnTime => "On time",
        ReturnState.Late => $"Late by {DaysLate} {(DaysLate == 1 ? "day" : "days")}",
        _ => "Missing",
    };

    public int DaysLate => FirstPublishedAt is { } at ? DateOnly.FromDateTime(at).DayNumber - DueDate.DayNumber : 0;

    public string TagClass => State switch
    {
        ReturnState.OnTime => "govuk-tag govuk-tag--green",
        ReturnState.Late => "govuk-tag govuk-tag--orange",
        _ => "govuk-tag govuk-tag--red",
    };
}
