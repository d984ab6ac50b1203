using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Transparency.Web.Publication;

/// <summary>
/// Each projection's position against the log head and how long the oldest entry it has not applied has waited.
/// Degraded when that wait passes <see cref="ProjectionOptions.LagWarning"/> or the last attempt failed; the data
/// lists every projection so an operator sees which one lags.
/// </summary>
public sealed class ProjectionHealthCheck(ProjectionStatuses statuses, IOptions<ProjectionOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var lagging = new List<string>();
        foreach (var status in statuses.All)
        {
            var waited = status.OldestPendingAt is { } oldest ? now - oldest : TimeSpan.Zero;
            data[status.Name] = new Dictionary<string, object?>
            {
                ["title"] = status.Title,
                ["position"] = status.Position,
                ["head"] = status.Head,
                ["behind"] = status.Lag,
                ["oldestPendingSeconds"] = Math.Round(waited.TotalSeconds, 1),
                ["appliedAt"] = status.AppliedAt,
                ["lastError"] = status.LastError,
                ["lastErrorAt"] = status.LastErrorAt,
            };
            if (waited > options.Value.LagWarning || (status.LastErrorAt is { } failed && (status.AppliedAt is not { } applied || failed > applied)))
            {
                lagging.Add(status.Name);
            }
        }

        return Task.FromResult(lagging.Count == 0
            ? HealthCheckResult.Healthy("Every projection is up to date or catching up.", data)
            : HealthCheckResult.Degraded($"Behind or failing: {string.Join(", ", lagging)}.", data: data));
    }
}
