namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// How an output is cut into parts: by ranges of <see cref="Width"/> consecutive ids of its key (bucket n holds ids
/// n·Width to n·Width + Width − 1) and, for tables with a quarter, by financial year as well. Ranges rather than
/// hashes keep each part's size bounded as the data grows and let every part be read with an index range.
/// </summary>
public sealed record PartitionScheme(PartitionKey Key, int Width, bool ByYear)
{
    /// <summary>Reference tables: organisations by their id, contracts and KPI definitions by the contract's.</summary>
    public static PartitionScheme Organisations { get; } = new(PartitionKey.Organisation, 256, ByYear: false);

    public static PartitionScheme Contracts { get; } = new(PartitionKey.Contract, 256, ByYear: false);

    /// <summary>Quarterly facts: a publication rewrites one year of the buckets of the contracts it reports on.</summary>
    public static PartitionScheme ContractYears { get; } = new(PartitionKey.Contract, 256, ByYear: true);

    /// <summary>Returns and versions: a publication rewrites one year of one provider bucket.</summary>
    public static PartitionScheme ProviderYears { get; } = new(PartitionKey.Provider, 256, ByYear: true);

    /// <summary>OCDS records hold every quarter of a contract (about 75 KB each at national scale): small buckets.</summary>
    public static PartitionScheme OcdsRecords { get; } = new(PartitionKey.Contract, 16, ByYear: false);

    public int BucketOf(int id) => id / Width;

    public PartQuery Query(int bucket, int? year) => new(bucket * Width, (bucket + 1) * Width, year);

    public override string ToString() => $"{Key}/{Width}{(ByYear ? "/year" : string.Empty)}";
}
