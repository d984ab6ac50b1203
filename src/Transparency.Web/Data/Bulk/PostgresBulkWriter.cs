using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Transparency.Web.Data.Bulk;

/// <summary>Binary COPY, PostgreSQL's bulk-load path; it joins the connection's current transaction.</summary>
public sealed class PostgresBulkWriter : IBulkWriter
{
    public async Task<long> InsertAsync<T>(TransparencyDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        var table = BulkTable.For<T>(db);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
            await using var importer = await connection.BeginBinaryImportAsync(
                $"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            // A load of millions of rows outlasts the default 30-second command timeout on a busy machine.
            importer.Timeout = TimeSpan.FromMinutes(30);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in table.Columns)
                {
                    var value = column.ValueOf(row);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(value, column.StoreType, cancellationToken);
                    }
                }
            }

            return (long)await importer.CompleteAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task BeforeLoadAsync(TransparencyDbContext db, IEnumerable<Type> entityTypes, CancellationToken cancellationToken = default) =>
        BulkIndexes.DropAsync(db, entityTypes, cancellationToken);

    public async Task AfterLoadAsync(TransparencyDbContext db, IEnumerable<Type> entityTypes, CancellationToken cancellationToken = default)
    {
        await BulkIndexes.CreateAsync(db, entityTypes, cancellationToken);
        foreach (var type in entityTypes)
        {
            var entityType = db.Model.FindEntityType(type);
            var table = entityType?.GetTableName();
            var key = entityType?.FindPrimaryKey();
            if (table is null || key is not { Properties.Count: 1 } || key.Properties[0].ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never)
            {
                continue;
            }

            var column = key.Properties[0].GetColumnName();
            // Identifiers come from the EF model, never from input, so formatting them into SQL is safe.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST(COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 0), 1), COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 0) > 0)",
                cancellationToken);
#pragma warning restore EF1002
        }

        // VACUUM as well as ANALYZE: rows written by COPY are not yet marked all-visible, so until the first vacuum
        // every "index-only" scan still reads the table (209,563 heap fetches for one year's funding at national
        // scale). It cannot run inside a transaction, and this runs after the load has committed.
        await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)", cancellationToken);
    }
}
