using Transparency.Web.Data;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>One entity published as bulk files: CSV and JSON, whole and (for entities with a quarter) per financial year, stored in parts.</summary>
public interface IDownloadTable
{
    string Name { get; }

    string Title { get; }

    string Description { get; }

    string PrimaryKey { get; }

    bool ByFinancialYear { get; }

    PartitionScheme Scheme { get; }

    IReadOnlyList<ColumnInfo> Columns { get; }

    IReadOnlyList<ForeignKey> ForeignKeys { get; }

    /// <summary>Writes the rows of one part (one bucket, one year or all) into <paramref name="parts"/>, each under its financial year.</summary>
    Task WriteAsync(TransparencyDbContext db, PartQuery query, TableParts parts, CancellationToken cancellationToken);
}
