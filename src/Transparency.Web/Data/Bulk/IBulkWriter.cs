namespace Transparency.Web.Data.Bulk;

/// <summary>
/// Inserts many rows in the context's current transaction, bypassing change tracking. For generated
/// demonstration data and imports: rows must carry their own keys.
/// </summary>
public interface IBulkWriter
{
    Task<long> InsertAsync<T>(TransparencyDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Moves generated-key sequences past the largest loaded key (a no-op where the engine does it itself).</summary>
    Task AfterLoadAsync(TransparencyDbContext db, IEnumerable<Type> entityTypes, CancellationToken cancellationToken = default);
}
