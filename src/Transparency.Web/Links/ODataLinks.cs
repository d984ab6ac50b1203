using System.Globalization;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Links;

/// <summary>
/// The OData API queries that produce each table, so a reader can get the same figures from /odata.
/// Entity sets and property names follow the domain model (the API slice exposes them under /odata).
/// </summary>
public static class ODataLinks
{
    public const string Root = "/odata";

    /// <summary>The bulk files of everything published (written by the downloads slice).</summary>
    public const string Downloads = SiteUrls.Downloads;

    /// <summary>The Atom feed of publications and restatements (written by the feeds slice).</summary>
    public const string ReturnsFeed = SiteUrls.ReturnsFeed;

    public const string Metadata = Root + "/$metadata";

    public static string EntitySet(string entitySet) => $"{Root}/{entitySet}";

    public static string ReturnVersion(int returnVersionId) => $"{Root}/ReturnVersions({Id(returnVersionId)})";

    /// <summary>The facts one return version published, such as its funding lines.</summary>
    public static string FactsOfVersion(string entitySet, int returnVersionId) => $"{Root}/{entitySet}?$filter=ReturnVersionId eq {Id(returnVersionId)}";

    public static string PublishedSince(DateTime since) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}/ReturnVersions?$filter=PublishedAt gt {since:yyyy-MM-ddTHH:mm:ssZ}&$orderby=PublishedAt");

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

    public static string ReturnVersionsPublished() => Query("ReturnVersions", $"Status eq {PublicStatus.CurrentSql}", "PublishedAt desc", "$top=10");

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

    /// <summary>The API names a quarter by its label (<c>Quarter eq '2025-26 Q2'</c>), which it answers for that quarter alone.</summary>
    private static string InQuarter(int quarterCode) => $"Quarter eq '{Quarter.FromCode(quarterCode)}'";

    private static string Between(int fromCode, int toCode) =>
        string.Create(CultureInfo.InvariantCulture, $"QuarterStart ge {Quarter.FromCode(fromCode).StartDate:yyyy-MM-dd} and QuarterStart le {Quarter.FromCode(toCode).StartDate:yyyy-MM-dd}");

    private static string In(string property, IEnumerable<int> ids) => $"{property} in ({string.Join(',', ids.Select(Id))})";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
