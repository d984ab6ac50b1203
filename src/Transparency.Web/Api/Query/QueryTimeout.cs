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

    public static bool IsTimeout(DbException error) => error switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteInterrupt,
        PostgresException postgres => postgres.SqlState == PostgresQueryCanceled,
        NpgsqlException npgsql => npgsql.InnerException is TimeoutException,
        _ => false,
    };
}
