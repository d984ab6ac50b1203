using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Transparency.Web.Api.Query;

/// <summary>Recognises the errors each engine raises when a query is stopped for taking too long.</summary>
public static class QueryTimeout
{
    /// <summary>SQLITE_INTERRUPT: the progress handler of <see cref="SqliteQueryDeadline"/> stopped the statement.</summary>
    private const int SqliteInterrupt = 9;

    /// <summary>PostgreSQL's query_canceled, raised when statement_timeout fires.</summary>
    private const string PostgresQueryCanceled = "57014";

    /// <summary>True when the error, or one it wraps (EF Core wraps Npgsql's), is an engine's timeout.</summary>
    public static bool IsTimeout(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is DbException db && IsTimeout(db))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsTimeout(DbException error) => error switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteInterrupt,
        PostgresException postgres => postgres.SqlState == PostgresQueryCanceled,
        NpgsqlException npgsql => npgsql.InnerException is TimeoutException,
        _ => false,
    };
}
