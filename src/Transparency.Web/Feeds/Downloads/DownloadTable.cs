using Transparency.Web.Data;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>A bulk-file table over rows streamed from the database: never more than one row in memory.</summary>
public sealed class DownloadTable<TRow>(
    string name,
    string title,
    string description,
    Func<TransparencyDbContext, IAsyncEnumerable<TRow>> rows,
    IReadOnlyList<DownloadColumn<TRow>> columns,
    Func<TRow, int>? quarterCode = null,
    IReadOnlyList<ForeignKey>? foreignKeys = null) : IDownloadTable
{
    public string Name => name;

    public string Title => title;

    public string Description => description;

    public string PrimaryKey => columns[0].Name;

    public bool ByFinancialYear => quarterCode is not null;

    public IReadOnlyList<ColumnInfo> Columns => columns;

    public IReadOnlyList<ForeignKey> ForeignKeys => foreignKeys ?? [];

    public async Task WriteAsync(TransparencyDbContext db, TableOutputs outputs, CancellationToken cancellationToken)
    {
        var values = new string?[columns.Count];
        await foreach (var row in rows(db).WithCancellation(cancellationToken))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                values[i] = columns[i].Value(row);
            }

            outputs.Write(values, quarterCode is null ? null : quarterCode(row) / 10);
        }
    }
}
