using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Api.Query;
using Transparency.Web.Data;

namespace Transparency.Web.Api.Insights;

/// <summary>
/// The API's time limit for the insight views, which run on the portal's own context rather than the API's
/// read-only one (that is where its deadline lives). For one request the context's queries are stopped once the
/// limit has passed: by the command timeout on PostgreSQL, by SQLite's progress handler on SQLite. Disposing puts
/// the context back as it was, so the rest of the portal never inherits the limit.
/// </summary>
public static class InsightQueryDeadline
{
    public static async Task<IAsyncDisposable> ArmAsync(TransparencyDbContext db, TimeSpan limit, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return new SqliteArmed(db, SqliteQueryDeadline.Arm(sqlite, limit));
        }

        var previous = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(limit);
        return new TimeoutArmed(db, previous);
    }

    private sealed class SqliteArmed(TransparencyDbContext db, IDisposable handler) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            handler.Dispose();
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class TimeoutArmed(TransparencyDbContext db, int? previous) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            db.Database.SetCommandTimeout(previous);
            return ValueTask.CompletedTask;
        }
    }
}
