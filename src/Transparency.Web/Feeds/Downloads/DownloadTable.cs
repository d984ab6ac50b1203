using Transparency.Web.Data;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// A bulk-file table over rows streamed from the database, one part at a time: <c>rows</c> returns the rows whose
/// partition key lies in the query's range (and year), in the order the part lists them.
/// </summary>
public sealed class DownloadTable<TRow>(
    string name,
    string title,
    string description,
    PartitionScheme scheme,
    Func<TransparencyDbContext, PartQuery, IAsyncEnumerable<TRow>> rows,
    IReadOnlyList<DownloadColumn<TRow>> columns,
    Func<TRow, int>? quarterCode = null,
    IReadOnlyList<ForeignKey>? foreignKeys = null) : IDownloadTable
{
    public string Name => name;

    public string Title => title;

    public string Description => description;

    public string PrimaryKey => columns[0].Name;

    public bool ByFinancialYear => quarterCode is not null;

    public PartitionScheme Scheme => scheme;

    public IReadOnlyList<ColumnInfo> Columns => columns;

    public IReadOnlyList<ForeignKey> ForeignKeys => foreignKeys ?? [];

    public async Task WriteAsync(TransparencyDbContext db, PartQuery query, TableParts parts, CancellationToken cancellationToken)
    {
        var values = new string?[columns.Count];
        await foreach (var row in rows(db, query).WithCancellation(cancellationToken))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                values[i] = columns[i].Value(row);
            }

            parts.Write(values, quarterCode is null ? null : quarterCode(row) / 10);
        }
    }
}
