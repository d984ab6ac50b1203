namespace Transparency.Web.Feeds.Downloads;

/// <summary>Which id a bulk output is partitioned by.</summary>
public enum PartitionKey
{
    Organisation,
    Contract,

    /// <summary>The provider of the return a row belongs to.</summary>
    Provider,
}
