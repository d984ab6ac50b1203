using Microsoft.EntityFrameworkCore;

namespace Transparency.Web.Data.Bulk;

public sealed class BulkWriterFactory : IBulkWriterFactory
{
    private readonly SqliteBulkWriter _sqlite = new();
    private readonly PostgresBulkWriter _postgres = new();

    public IBulkWriter For(TransparencyDbContext db) => db.Database.IsNpgsql() ? _postgres : _sqlite;
}
