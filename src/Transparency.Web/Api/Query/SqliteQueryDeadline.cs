using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Transparency.Web.Api.Query;

/// <summary>
/// SQLite has no statement timeout and Microsoft.Data.Sqlite's CommandTimeout only bounds waiting for locks,
/// so a heavy query would run to the end. This interceptor gives each API command a deadline and installs a
/// SQLite progress handler that interrupts the statement once it has passed (SQLITE_INTERRUPT). The handler
/// is removed before the connection goes back to the pool, so other parts of the portal never see it.
/// </summary>
public sealed class SqliteQueryDeadline(TimeSpan limit) : DbConnectionInterceptor, IDbCommandInterceptor
{
    /// <summary>SQLite virtual-machine instructions between checks: frequent enough to stop within milliseconds.</summary>
    private const int CheckEvery = 20_000;

    private static readonly delegate_progress Check = state => Environment.TickCount64 > ((Deadline)state).Ticks ? 1 : 0;

    private readonly ConditionalWeakTable<DbConnection, Deadline> _deadlines = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Install(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Install(connection);
        return Task.CompletedTask;
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Remove(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Remove(connection);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Start(command);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Start(command);
        return result;
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// Interrupts any statement on an open connection once <paramref name="limit"/> has passed from now, until the
    /// returned handle is disposed. For contexts this interceptor is not attached to, such as the portal's own.
    /// </summary>
    public static IDisposable Arm(SqliteConnection connection, TimeSpan limit)
    {
        var deadline = new Deadline { Ticks = Environment.TickCount64 + (long)limit.TotalMilliseconds };
        raw.sqlite3_progress_handler(connection.Handle, CheckEvery, Check, deadline);
        return new Disarm(connection);
    }

    private void Install(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            var deadline = _deadlines.GetValue(connection, _ => new Deadline());
            deadline.Ticks = long.MaxValue;
            raw.sqlite3_progress_handler(handle, CheckEvery, Check, deadline);
        }
    }

    private static void Remove(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            raw.sqlite3_progress_handler(handle, 0, null, null);
        }
    }

    private void Start(DbCommand command)
    {
        if (command.Connection is { } connection && _deadlines.TryGetValue(connection, out var deadline))
        {
            deadline.Ticks = Environment.TickCount64 + (long)limit.TotalMilliseconds;
        }
    }

    private sealed class Disarm(SqliteConnection connection) : IDisposable
    {
        public void Dispose() => Remove(connection);
    }

    private sealed class Deadline
    {
        public long Ticks { get; set; } = long.MaxValue;
    }
}
