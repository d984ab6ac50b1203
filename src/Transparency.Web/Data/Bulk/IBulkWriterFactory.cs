namespace Transparency.Web.Data.Bulk;

/// <summary>Chooses the bulk writer for the engine behind a context.</summary>
public interface IBulkWriterFactory
{
    IBulkWriter For(TransparencyDbContext db);
}
