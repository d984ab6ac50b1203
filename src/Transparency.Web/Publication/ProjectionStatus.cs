namespace Transparency.Web.Publication;

/// <summary>What this instance last saw of one projection: for /health, the provider's pages and tests.</summary>
public sealed record ProjectionStatus(
    string Name,
    string Title,
    long? Position,
    long Head,
    DateTime? AppliedAt,
    DateTime? OldestPendingAt,
    string? LastError,
    DateTime? LastErrorAt,
    ProjectionState? State)
{
    public long Lag => Head - (Position ?? 0);

    public bool CaughtUp => Position is { } p && p >= Head;
}
