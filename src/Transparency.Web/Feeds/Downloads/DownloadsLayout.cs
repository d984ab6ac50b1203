using System.Security.Cryptography;
using System.Text;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Names how parts are cut and written: the partition schemes and every table's columns, with a version to raise
/// whenever a writer's output changes. A manifest written with another layout is not reused: the files are built
/// again from scratch, reusing any blob whose bytes come out the same.
/// </summary>
public static class DownloadsLayout
{
    private const int Version = 1;

    public static string Stamp(IReadOnlyList<IDownloadTable> tables)
    {
        var description = string.Join('\n', tables.Select(t => $"{t.Name} {t.Scheme} {string.Join(',', t.Columns.Select(c => $"{c.Name}:{c.Type}"))}"))
            + $"\nocds {PartitionScheme.OcdsRecords}\ngrants {PartitionScheme.Contracts}";
        return $"v{Version}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description)))[..16]}";
    }
}
