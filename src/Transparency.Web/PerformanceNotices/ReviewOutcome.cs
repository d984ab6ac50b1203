namespace Transparency.Web.PerformanceNotices;

/// <summary>What a review action did: done, or refused with a message for the field (if any) that needs changing.</summary>
public sealed record ReviewOutcome(string? Error = null, string? Field = null)
{
    public static ReviewOutcome Done { get; } = new();

    public bool Succeeded => Error is null;

    public static ReviewOutcome Refused(string error, string? field = null) => new(error, field);
}
