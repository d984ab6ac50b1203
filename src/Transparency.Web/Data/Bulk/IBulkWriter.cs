namespace Transparency.Web.Data.Bulk;

/// <summary>
/// Inserts many rows in the context's current transaction, bypassing change tracking. For generated
/// demonstration data and imports: rows must carry their own keys.
/// </summary>
public interface IBulkWriter
{
    Task<long> InsertAsync<T>(TransparencyDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>
    /// Before loading empty tables: drops their secondary indexes and tunes the connection for bulk work.
    /// Always pair with <see cref="AfterLoadAsync"/>, which rebuilds them.
    /// </summary>
    Task BeforeLoadAsync(TransparencyDbContext db, IEnumerable<Type> entityTypes, CancellationToken cancellationToken = default);

    /// <summary>Rebuilds the indexes, moves generated-key sequences past the largest loaded key and refreshes planner statistics.</summary>
    Task AfterLoadAsync(TransparencyDbContext db, IEnumerable<Type> entityTypes, CancellationToken cancellationToken = default);
}
