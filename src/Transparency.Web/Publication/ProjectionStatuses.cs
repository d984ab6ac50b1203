using System.Collections.Concurrent;

namespace Transparency.Web.Publication;

/// <summary>
/// The latest <see cref="ProjectionStatus"/> of every projection in this instance, as the worker last saw it. Readers
/// can wait for a projection to reach a position (the provider's pages ask whether the site shows a version; tests
/// wait for the outputs to catch up).
/// </summary>
public sealed class ProjectionStatuses
{
    private readonly ConcurrentDictionary<string, ProjectionStatus> _byName = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<ProjectionStatus> All => [.. _byName.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];

    public ProjectionStatus? Find(string name) => _byName.GetValueOrDefault(name);

    public void Set(ProjectionStatus status)
    {
        _byName[status.Name] = status;
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>Completes when every named projection (every known one when none are named) has applied <paramref name="position"/>.</summary>
    public async Task WaitForAsync(long position, CancellationToken cancellationToken, params string[] names)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            var watched = names.Length == 0 ? [.. All] : names.Select(Find).ToList();
            if (watched.Count > 0 && watched.All(s => s?.Position >= position))
            {
                return;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }
}
