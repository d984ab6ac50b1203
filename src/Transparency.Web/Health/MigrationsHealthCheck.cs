using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Transparency.Web.Data;

namespace Transparency.Web.Health;

/// <summary>Unhealthy while the database lacks migrations this version of the portal expects (for example before a release process has migrated it).</summary>
public sealed class MigrationsHealthCheck(TransparencyDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("The schema is up to date.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied: {string.Join(", ", pending)}. Run `migrate`.");
    }
}
