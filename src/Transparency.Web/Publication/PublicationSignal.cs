namespace Transparency.Web.Publication;

/// <summary>
/// Wakes the projections in this process as soon as a change commits here, instead of at their next poll. Only a
/// hint: the log is the truth, and changes committed by other instances are found by polling it.
/// </summary>
public sealed class PublicationSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify()
    {
        TaskCompletionSource fired;
        lock (_gate)
        {
            fired = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        fired.TrySetResult();
    }

    /// <summary>Completes at the next <see cref="Notify"/>.</summary>
    public Task NextAsync()
    {
        lock (_gate)
        {
            return _next.Task;
        }
    }
}
