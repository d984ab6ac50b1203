using System.Threading.RateLimiting;

namespace Transparency.Web.Hosting.Bulkheads;

/// <summary>A named concurrency limit with a short queue: a request that cannot start within the queue timeout is refused.</summary>
public sealed class Compartment(string name, BulkheadLimits limits) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = limits.Concurrency,
        QueueLimit = limits.QueueLength,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public string Name { get; } = name;

    public BulkheadLimits Limits { get; } = limits;

    /// <summary>Requests running now and waiting now.</summary>
    public (long Running, long Waiting) Load => _limiter.GetStatistics() is { } s ? (Limits.Concurrency - s.CurrentAvailablePermits, s.CurrentQueuedCount) : (0, 0);

    /// <summary>A lease to run, or null when the queue is full or the wait ran out (the request should be refused).</summary>
    public async Task<RateLimitLease?> EnterAsync(CancellationToken requestAborted)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        wait.CancelAfter(Limits.QueueTimeout);
        try
        {
            var lease = await _limiter.AcquireAsync(1, wait.Token);
            if (lease.IsAcquired)
            {
                return lease;
            }

            lease.Dispose();
            return null;
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => _limiter.Dispose();
}
