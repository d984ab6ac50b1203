using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Data.Bulk;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// Writes a version's facts with the bulk writer, inside the publishing transaction. Change tracking costs
/// seconds for a 10,000-line return; the bulk path costs milliseconds. Keys are reserved first: from the
/// table's sequence on PostgreSQL, and from the largest key on SQLite, where the transaction already holds the
/// database's single write lock (Microsoft.Data.Sqlite begins transactions IMMEDIATE), so no one else can take them.
/// </summary>
public sealed class FactWriter(TransparencyDbContext db, IBulkWriterFactory writers)
{
    public async Task WriteAsync(int versionId, ReturnFacts facts, CancellationToken cancellationToken)
    {
        var writer = writers.For(db);
        await InsertAsync(writer, facts.Funding, r => r.ReturnVersionId = versionId, (r, id) => r.Id = id, cancellationToken);
        await InsertAsync(writer, facts.KpiResults, r => r.ReturnVersionId = versionId, (r, id) => r.Id = id, cancellationToken);
        await InsertAsync(writer, facts.Subcontracts.Select(s => s.Record).ToList(), r => r.ReturnVersionId = versionId, (r, id) => r.Id = id, cancellationToken);
        await InsertAsync(writer, facts.Satisfaction, r => r.ReturnVersionId = versionId, (r, id) => r.Id = id, cancellationToken);
    }

    private async Task InsertAsync<T>(IBulkWriter writer, List<T> rows, Action<T> setVersion, Action<T, long> setId, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var ids = await ReserveIdsAsync<T>(rows.Count, cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            setVersion(rows[i]);
            setId(rows[i], ids[i]);
        }

        await writer.InsertAsync(db, rows, cancellationToken);
    }

    private async Task<List<long>> ReserveIdsAsync<T>(int count, CancellationToken cancellationToken)
    {
        var table = db.Model.FindEntityType(typeof(T))?.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");

        // Table names come from the EF model, never from input.
#pragma warning disable EF1002
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQueryRaw<long>(
                $"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'Id')) AS \"Value\" FROM generate_series(1, {count})").ToListAsync(cancellationToken);
        }

        var largest = await db.Database.SqlQueryRaw<long>($"SELECT COALESCE(MAX(\"Id\"), 0) AS \"Value\" FROM \"{table}\"").SingleAsync(cancellationToken);
#pragma warning restore EF1002
        return Enumerable.Range(1, count).Select(i => largest + i).ToList();
    }
}
