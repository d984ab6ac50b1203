using Medallion.Threading.Postgres;
using Microsoft.Extensions.Options;

namespace Transparency.Web.Data;

/// <summary>
/// Migrations, demonstration seeding (which drops and rebuilds indexes around its bulk load) and the demonstration
/// accounts run under one PostgreSQL advisory lock, so instances started together on an empty database never race:
/// the first seeds, the others wait, then find the data there and start normally. EF Core's own migration lock
/// covers only migrating. SQLite needs none: one portal process per file (<see cref="PortalInstanceLock"/>).
/// </summary>
public static class StartupLock
{
    private const string Name = "transparency-startup";

    public static async Task<IAsyncDisposable> AcquireStartupLockAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!database.IsPostgres)
        {
            return NoLock.Instance;
        }

        var distributed = new PostgresDistributedLock(new PostgresAdvisoryLockKey(Name, allowHashing: true), database.ConnectionString!);
        if (await distributed.TryAcquireAsync(cancellationToken: cancellationToken) is { } handle)
        {
            return handle;
        }

        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupLock))
            .LogInformation("Another instance is preparing the database; waiting for it to finish");
        return await distributed.AcquireAsync(cancellationToken: cancellationToken);
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static NoLock Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
