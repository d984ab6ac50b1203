using Transparency.Web.Data;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>One entity published as bulk files: CSV and JSON, whole and (for entities with a quarter) per financial year.</summary>
public interface IDownloadTable
{
    string Name { get; }

    string Title { get; }

    string Description { get; }

    string PrimaryKey { get; }

    bool ByFinancialYear { get; }

    IReadOnlyList<ColumnInfo> Columns { get; }

    IReadOnlyList<ForeignKey> ForeignKeys { get; }

    Task WriteAsync(TransparencyDbContext db, TableOutputs outputs, CancellationToken cancellationToken);
}
