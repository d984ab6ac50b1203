namespace Transparency.Web.Publication;

/// <summary>
/// A public output derived from the database (the site, the bulk files, the feeds cache) that follows the publication
/// log. It stores the last position it has applied durably, with its output, so that after any crash
/// <see cref="ProjectionWorker"/> brings it up to the log head again. Applying an entry twice must change nothing.
/// </summary>
public interface IProjection
{
    /// <summary>A short stable name, used in logs and /health: "site", "downloads".</summary>
    string Name { get; }

    /// <summary>What readers see, in words: "the public site".</summary>
    string Title { get; }

    /// <summary>How long to gather entries before applying them again (zero: at once).</summary>
    TimeSpan MinimumInterval { get; }

    /// <summary>The stored state, or null when the output does not exist yet.</summary>
    Task<ProjectionState?> ReadStateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// False while the output does not exist and should not be made yet (the setting that builds it at start is off,
    /// or a start-up delay has not passed): the worker then leaves it alone.
    /// </summary>
    bool ShouldCreate(TimeSpan sinceStart);

    /// <summary>Brings the output to <see cref="ProjectionBatch.To"/> and stores the batch's state with it.</summary>
    Task ApplyAsync(ProjectionBatch batch, CancellationToken cancellationToken);
}
