using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Transparency.Web.Data.Bulk;

/// <summary>
/// One prepared INSERT, bound by position and stepped once per row through SQLite's C API
/// (SQLitePCLRaw, which Microsoft.Data.Sqlite itself sits on). The ADO.NET layer binds parameters by
/// name on every execution, which costs more than the insert itself at this volume. Values are
/// written in exactly the text forms Microsoft.Data.Sqlite uses, so EF reads them back unchanged.
/// </summary>
public sealed class SqliteBulkWriter : IBulkWriter
{
    public async Task<long> InsertAsync<T>(TransparencyDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        var table = BulkTable.For<T>(db);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // A large page cache keeps the B-tree pages being appended to in memory (about 256 MB).
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA cache_size=-262144;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
            Check(handle, raw.sqlite3_prepare_v2(handle, InsertSql(table), out sqlite3_stmt statement));
            using (statement)
            {
                long count = 0;
                foreach (var row in rows)
                {
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        Check(handle, Bind(statement, i + 1, table.Columns[i].ValueOf(row)));
                    }

                    var step = raw.sqlite3_step(statement);
                    if (step != raw.SQLITE_DONE)
                    {
                        Check(handle, step);
                    }

                    raw.sqlite3_reset(statement);
                    count++;
                }

                return count;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task BeforeLoadAsync(TransparencyDbContext db, IEnumerable<Type> entityTypes, CancellationToken cancellationToken = default)
    {
        await BulkIndexes.DropAsync(db, entityTypes, cancellationToken);
    }

    public async Task AfterLoadAsync(TransparencyDbContext db, IEnumerable<Type> entityTypes, CancellationToken cancellationToken = default)
    {
        await BulkIndexes.CreateAsync(db, entityTypes, cancellationToken);

        // A full ANALYZE of what was loaded: PRAGMA optimize skips tables this connection has not queried,
        // which left a national-scale load with no statistics at all.
        await BulkIndexes.AnalyseAsync(db, entityTypes, cancellationToken);
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        short number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        double number => raw.sqlite3_bind_double(statement, index, number),
        float number => raw.sqlite3_bind_double(statement, index, number),
        string text => raw.sqlite3_bind_text(statement, index, text),
        DateOnly date => raw.sqlite3_bind_text(statement, index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime time => raw.sqlite3_bind_text(statement, index, time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        decimal number => raw.sqlite3_bind_text(statement, index, number.ToString("0.0###########################", CultureInfo.InvariantCulture)),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"The bulk writer cannot store a {value.GetType().Name}; add it to SqliteBulkWriter.Bind."),
    };

    private static void Check(sqlite3 handle, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), result);
        }
    }

    private static string InsertSql(BulkTable table)
    {
        var sql = new StringBuilder("INSERT INTO \"").Append(table.Name).Append("\" (");
        sql.AppendJoin(", ", table.Columns.Select(c => $"\"{c.Name}\"")).Append(") VALUES (");
        sql.AppendJoin(", ", table.Columns.Select((_, i) => $"?{i + 1}")).Append(')');
        return sql.ToString();
    }
}
