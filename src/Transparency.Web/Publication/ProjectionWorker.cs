using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;

namespace Transparency.Web.Publication;

/// <summary>
/// Brings every projection up to the publication log's head: at start, whenever a change commits in this process
/// (<see cref="PublicationSignal"/>), at each poll (changes committed by other instances) and after any failure,
/// with a backing-off retry. Each projection runs on its own loop, so a slow one never holds up the others, and a
/// publication never waits for any of them.
/// </summary>
public sealed class ProjectionWorker(
    IEnumerable<IProjection> projections,
    IServiceScopeFactory scopes,
    PublicationSignal signal,
    ProjectionStatuses statuses,
    IOptions<ProjectionOptions> options,
    TimeProvider clock,
    ILogger<ProjectionWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(projections.Select(p => Task.Run(() => RunAsync(p, stoppingToken), CancellationToken.None)));

    private async Task RunAsync(IProjection projection, CancellationToken stoppingToken)
    {
        var started = clock.GetTimestamp();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before looking at the log, so a change committed during the step still wakes the next one.
            var woken = signal.NextAsync();
            TimeSpan wait;
            try
            {
                wait = await StepAsync(projection, clock.GetElapsedTime(started), stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                failures++;
                wait = TimeSpan.FromSeconds(Math.Min(options.Value.MaxRetryDelay.TotalSeconds, Math.Pow(2, Math.Min(failures, 16)) / 2));
                logger.LogError(error, "Projection {Projection} failed (attempt {Attempt}); retrying in {Seconds:0.#} s", projection.Name, failures, wait.TotalSeconds);
                if (statuses.Find(projection.Name) is { } last)
                {
                    statuses.Set(last with { LastError = error.Message, LastErrorAt = clock.GetUtcNow().UtcDateTime });
                }
            }

            if (wait > TimeSpan.Zero)
            {
                using var delay = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(woken, Task.Delay(wait, clock, delay.Token));
                await delay.CancelAsync();
            }
        }
    }

    /// <summary>One look at the log and, when behind, one batch applied. Returns how long to wait before the next look.</summary>
    private async Task<TimeSpan> StepAsync(IProjection projection, TimeSpan sinceStart, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        var head = await PublicationLog.HeadAsync(db, cancellationToken);
        var state = await projection.ReadStateAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        // A position past the head means the database was replaced (a restore, a new file): start again from it.
        if (state is null || state.Position > head)
        {
            Report(projection, state, head, null);
            if (state is null && !projection.ShouldCreate(sinceStart))
            {
                return settings.PollInterval;
            }

            logger.LogInformation("Projection {Projection}: building {Title} from the database (log position {Head})", projection.Name, projection.Title, head);
            var initial = ProjectionState.Initial(head, now);
            await projection.ApplyAsync(new ProjectionBatch(0, head, [], FromScratch: true, initial), cancellationToken);
            Report(projection, initial, head, null);
            return settings.PollInterval;
        }

        if (state.Position == head)
        {
            Report(projection, state, head, null);
            return settings.PollInterval;
        }

        var entries = await db.PublicationLog.AsNoTracking()
            .Where(e => e.Position > state.Position && e.Position <= head)
            .OrderBy(e => e.Position)
            .Take(settings.MaxBatchEntries)
            .ToListAsync(cancellationToken);
        var oldest = entries.Count > 0 ? entries[0].CommittedAt : (DateTime?)null;
        Report(projection, state, head, oldest);
        var waited = now - state.AppliedAt;
        if (waited < projection.MinimumInterval)
        {
            var remaining = projection.MinimumInterval - waited;
            return remaining < settings.PollInterval ? remaining : settings.PollInterval;
        }

        var upTo = entries.Count == settings.MaxBatchEntries ? entries[^1].Position : head;
        var next = state.Advance(upTo, now);
        await projection.ApplyAsync(new ProjectionBatch(state.Position, upTo, entries, FromScratch: false, next), cancellationToken);
        logger.LogInformation("Projection {Projection}: applied {Count} log entries, now at position {Position} of {Head}", projection.Name, entries.Count, upTo, head);
        Report(projection, next, head, upTo < head ? oldest : null);
        return upTo < head ? TimeSpan.Zero : settings.PollInterval;
    }

    private void Report(IProjection projection, ProjectionState? state, long head, DateTime? oldestPending)
    {
        var previous = statuses.Find(projection.Name);
        statuses.Set(new ProjectionStatus(projection.Name, projection.Title, state?.Position, head, state?.AppliedAt, oldestPending,
            previous?.LastError, previous?.LastErrorAt, state));
    }
}
