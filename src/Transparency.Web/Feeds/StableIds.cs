using Transparency.Web.Domain;

namespace Transparency.Web.Feeds;

/// <summary>
/// Identifiers for published records built from what the record is about (provider, quarter, contract, KPI),
/// never from database row numbers, so they stay the same when a return is restated and its rows are
/// written again.
/// </summary>
public static class StableIds
{
    public static string Quarter(int quarterCode) => Domain.Quarter.FromCode(quarterCode).ToString().Replace(' ', '-');

    public static string Return(string providerIdentifier, int quarterCode) => $"{providerIdentifier}/{Quarter(quarterCode)}";

    public static string ReturnVersion(string providerIdentifier, int quarterCode, int versionNumber) =>
        $"{Return(providerIdentifier, quarterCode)}/v{versionNumber}";

    public static string Kpi(string contractReference, string kpiCode) => $"{contractReference}/{kpiCode}";

    public static string KpiResult(string contractReference, string kpiCode, int quarterCode, string? cohort, string? areaCode)
    {
        var id = $"{Kpi(contractReference, kpiCode)}/{Quarter(quarterCode)}";
        if (cohort is not null)
        {
            id += $"/cohort={cohort}";
        }

        return areaCode is null ? id : $"{id}/area={areaCode}";
    }

    /// <summary>Funding lines have no natural key: the n-th line of a payment type in a contract's quarter.</summary>
    public static string Funding(string contractReference, int quarterCode, PaymentType type, int ordinal) =>
        $"{contractReference}/{Quarter(quarterCode)}/{PublicFormat.Code(type)}/{ordinal}";

    public static string Subcontract(string contractReference, int quarterCode, string subcontractorIdentifier, int ordinal) =>
        $"{contractReference}/{Quarter(quarterCode)}/{subcontractorIdentifier}/{ordinal}";

    public static string Satisfaction(string contractReference, int quarterCode, int ordinal) =>
        $"{contractReference}/{Quarter(quarterCode)}/satisfaction/{ordinal}";
}
