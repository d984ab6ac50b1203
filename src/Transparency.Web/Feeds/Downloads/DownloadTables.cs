namespace Transparency.Web.Feeds.Downloads;

/// <summary>Every entity published as bulk files, in the order datapackage.json lists them.</summary>
public static class DownloadTables
{
    public static IReadOnlyList<IDownloadTable> All(FeedsOptions options) =>
    [
        ReferenceTables.Organisations(), ReferenceTables.Contracts(options), ReferenceTables.KpiDefinitions(),
        ReturnTables.Returns(), ReturnTables.Versions(),
        FactTables.Funding(), FactTables.KpiResults(), SupplyChainTables.Subcontracts(), SupplyChainTables.Satisfaction(),
    ];
}
