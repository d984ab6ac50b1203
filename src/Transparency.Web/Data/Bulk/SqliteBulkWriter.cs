using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Transparency.Web.Data.Bulk;

/// <summary>One prepared INSERT reused for every row: SQLite's fastest path short of its C API.</summary>
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
            await using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = InsertSql(table);
            var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
            command.Prepare();

            long count = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = table.Columns[i].ValueOf(row) ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
                count++;
            }

            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task AfterLoadAsync(TransparencyDbContext db, IEnumerable<Type> entityTypes, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    private static string InsertSql(BulkTable table)
    {
        var sql = new StringBuilder("INSERT INTO \"").Append(table.Name).Append("\" (");
        sql.AppendJoin(", ", table.Columns.Select(c => $"\"{c.Name}\"")).Append(") VALUES (");
        sql.AppendJoin(", ", table.Columns.Select((_, i) => $"$p{i}")).Append(')');
        return sql.ToString();
    }
}
