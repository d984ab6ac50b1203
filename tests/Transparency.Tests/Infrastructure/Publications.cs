using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Publication;

namespace Transparency.Tests.Infrastructure;

/// <summary>
/// For fixtures that write return versions straight into the database: log the change as the publisher would, and
/// wait for a host's projections to apply the log.
/// </summary>
public static class Publications
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Writes the log entry the publisher would write for <paramref name="version"/> (its return must be loaded) and returns its position.</summary>
    public static async Task<long> LogAsync(TransparencyDbContext db, PublicationChangeKind kind, ReturnVersion version)
    {
        var quarterlyReturn = version.Return ?? await db.Returns.SingleAsync(r => r.Id == version.ReturnId);
        var contracts = await db.Contracts.Where(c => c.ProviderId == quarterlyReturn.ProviderId).Select(c => c.Id).ToListAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var entry = new PublicationLogEntry
        {
            Kind = kind,
            CommittedAt = version.PublishedAt ?? DateTime.UtcNow,
            ProviderId = quarterlyReturn.ProviderId,
            ReturnId = quarterlyReturn.Id,
            ReturnVersionId = version.Id,
            VersionNumber = version.VersionNumber,
            QuarterCode = quarterlyReturn.QuarterCode,
            ContractIds = PublicationLogEntry.JoinIds(contracts),
        };
        await PublicationLog.AppendAsync(db, entry, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return entry.Position;
    }

    /// <summary>Wakes the host's projections and waits until the named ones (by default every one that has an output) have applied the log head.</summary>
    public static async Task CatchUpAsync(this IServiceProvider host, params string[] names)
    {
        long head;
        await using (var scope = host.CreateAsyncScope())
        {
            head = await PublicationLog.HeadAsync(scope.ServiceProvider.GetRequiredService<TransparencyDbContext>(), CancellationToken.None);
        }

        var statuses = host.GetRequiredService<ProjectionStatuses>();
        var watched = names.Length > 0 ? names : [.. statuses.All.Where(s => s.Position is not null).Select(s => s.Name)];
        host.GetRequiredService<PublicationSignal>().Notify();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await statuses.WaitForAsync(head, timeout.Token, watched);
        }
        catch (OperationCanceledException)
        {
            var seen = string.Join("; ", statuses.All.Select(s => $"{s.Name} at {s.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} ({s.LastError})"));
            throw new TimeoutException($"The projections did not reach log position {head} within {Patience.TotalSeconds:0} s: {seen}.");
        }
    }
}
