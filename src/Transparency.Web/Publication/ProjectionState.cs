namespace Transparency.Web.Publication;

/// <summary>
/// A projection's stored progress: the last log position applied, when, and when each recent position was applied
/// (newest last, at most <see cref="HistoryLength"/>), so a provider can be told since when the public site shows a
/// version.
/// </summary>
public sealed record ProjectionState(long Position, DateTime AppliedAt, IReadOnlyList<ProjectionCheckpoint> History)
{
    public const int HistoryLength = 500;

    /// <summary>The state after applying up to <paramref name="position"/> at <paramref name="at"/>.</summary>
    public ProjectionState Advance(long position, DateTime at) =>
        new(position, at, [.. History.Where(c => c.Position < position).TakeLast(HistoryLength - 1), new ProjectionCheckpoint(position, at)]);

    public static ProjectionState Initial(long position, DateTime at) => new(position, at, [new ProjectionCheckpoint(position, at)]);

    /// <summary>When the output first included the entry at <paramref name="position"/>, if it does and the history still says.</summary>
    public DateTime? AppliedSince(long position) =>
        position > Position ? null : History.FirstOrDefault(c => c.Position >= position)?.At;
}
