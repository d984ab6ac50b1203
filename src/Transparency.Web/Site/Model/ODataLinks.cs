using System.Globalization;

namespace Transparency.Web.Site.Model;

/// <summary>
/// The OData API queries that produce each table, so a reader can get the same figures from /odata.
/// Entity sets and property names follow the domain model (the API slice exposes them under /odata).
/// </summary>
public static class ODataLinks
{
    public const string Root = "/odata";

    /// <summary>The bulk files of everything published (written by the downloads slice).</summary>
    public const string Downloads = "/downloads/";

    /// <summary>The Atom feed of publications, restatements and withdrawals (written by the feeds slice).</summary>
    public const string ReturnsFeed = "/feeds/returns.atom";

    public static string FundingForContract(int contractId) => Query("Funding", $"ContractId eq {Id(contractId)}", "QuarterStart,PaymentType");

    public static string FundingForContracts(IEnumerable<int> contractIds) => Query("Funding", In("ContractId", contractIds), "QuarterStart,ContractId");

    public static string KpiResultsForContract(int contractId) => Query("KpiResults", $"ContractId eq {Id(contractId)}", "KpiDefinitionId,QuarterStart");

    public static string KpiResultsForContracts(IEnumerable<int> contractIds, int quarterCode) =>
        Query("KpiResults", $"{In("ContractId", contractIds)} and {InQuarter(quarterCode)}", "ContractId,KpiDefinitionId");

    public static string KpiDefinitionsForContract(int contractId) => Query("KpiDefinitions", $"ContractId eq {Id(contractId)}", "Code");

    public static string SatisfactionForContracts(IEnumerable<int> contractIds) => Query("Satisfaction", In("ContractId", contractIds), "ContractId,QuarterStart");

    public static string SubcontractsForContracts(IEnumerable<int> contractIds) => Query("Subcontracts", In("ContractId", contractIds), "QuarterStart,SubcontractorId");

    public static string SubcontractsForSubcontractor(int organisationId) => Query("Subcontracts", $"SubcontractorId eq {Id(organisationId)}", "QuarterStart,ContractId");

    public static string ContractsForProvider(int organisationId) => Query("Contracts", $"ProviderId eq {Id(organisationId)}", "Reference");

    public static string ContractsForCommissioner(int organisationId) => Query("Contracts", $"CommissionerId eq {Id(organisationId)}", "Reference");

    public static string ContractsInSector(string sector) => Query("Contracts", $"Sector eq '{sector}'", "Reference");

    public static string Organisations(string? filter) => Query("Organisations", filter, "Name");

    public static string ReturnsForProvider(int organisationId) => Query("Returns", $"ProviderId eq {Id(organisationId)}", "QuarterStart desc", "$expand=Versions");

    public static string ReturnsForQuarter(int quarterCode) => Query("Returns", InQuarter(quarterCode), "ProviderId");

    public static string ReturnVersionsPublished() => Query("ReturnVersions", "Status eq 'Published'", "PublishedAt desc", "$top=10");

    public static string FundingBetween(int fromCode, int toCode) =>
        Query("Funding", Between(fromCode, toCode), "QuarterStart,ContractId");

    public static string SubcontractsBetween(int fromCode, int toCode) =>
        Query("Subcontracts", Between(fromCode, toCode), "QuarterStart,ContractId");

    public static string KpiResultsForQuarter(int quarterCode) => Query("KpiResults", InQuarter(quarterCode), "ContractId,KpiDefinitionId");

    public static string KpiDefinitions() => Query("KpiDefinitions", null, "ContractId,Code");

    private static string Query(string set, string? filter, string orderBy, string? extra = null)
    {
        var parts = new List<string>();
        if (filter is not null)
        {
            parts.Add("$filter=" + Uri.EscapeDataString(filter));
        }

        parts.Add("$orderby=" + Uri.EscapeDataString(orderBy));
        if (extra is not null)
        {
            parts.Add(extra);
        }

        return $"{Root}/{set}?{string.Join('&', parts)}";
    }

    /// <summary>The API names a quarter as it is written ('2025-26 Q2'); the site's quarter codes are the database's.</summary>
    private static string InQuarter(int quarterCode) => $"Quarter eq '{Domain.Quarter.FromCode(quarterCode)}'";

    private static string Between(int fromCode, int toCode) =>
        $"QuarterStart ge {Date(Domain.Quarter.FromCode(fromCode).StartDate)} and QuarterStart le {Date(Domain.Quarter.FromCode(toCode).StartDate)}";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string In(string property, IEnumerable<int> ids) => $"{property} in ({string.Join(',', ids.Select(Id))})";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
