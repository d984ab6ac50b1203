namespace Transparency.Web.Feeds.Downloads;

/// <summary>One thing the bulk files are made of, stored in parts: a table (CSV and JSON), the OCDS records or the grants.</summary>
public sealed record DownloadOutput(string Name, PartitionScheme Scheme, IDownloadTable? Table)
{
    public static IReadOnlyList<DownloadOutput> All(IReadOnlyList<IDownloadTable> tables) =>
    [
        .. tables.Select(t => new DownloadOutput(t.Name, t.Scheme, t)),
        new(PartPaths.Ocds, PartitionScheme.OcdsRecords, null),
        new(PartPaths.Grants, PartitionScheme.Contracts, null),
    ];
}
