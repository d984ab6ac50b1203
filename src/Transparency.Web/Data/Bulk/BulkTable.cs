using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Transparency.Web.Data.Bulk;

/// <summary>
/// The table and columns of one entity type, read from the EF model so that bulk loads always match the
/// migrations. Values pass through the same converters EF uses (enums to names, UTC timestamps).
/// </summary>
public sealed class BulkTable
{
    private BulkTable(string name, IReadOnlyList<BulkColumn> columns, string? identityColumn)
    {
        Name = name;
        Columns = columns;
        IdentityColumn = identityColumn;
    }

    public string Name { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    /// <summary>The generated key column, when there is one, so PostgreSQL sequences can be moved past loaded ids.</summary>
    public string? IdentityColumn { get; }

    public static BulkTable For<T>(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the database model.");
        var name = entityType.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(name, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => !p.IsShadowProperty())
            .Select(p => new BulkColumn(p.GetColumnName(store) ?? p.Name, p.GetColumnType(), p))
            .ToList();
        var key = entityType.FindPrimaryKey();
        var identity = key is { Properties.Count: 1 } && key.Properties[0].ValueGenerated == ValueGenerated.OnAdd
            ? key.Properties[0].GetColumnName(store)
            : null;
        return new BulkTable(name, columns, identity);
    }
}
