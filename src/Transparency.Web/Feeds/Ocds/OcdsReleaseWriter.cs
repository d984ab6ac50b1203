using System.Text.Json;
using Transparency.Web.Domain;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>
/// Writes OCDS 1.1 releases for one contract: a contract release (award, contract, KPIs as agreed metrics),
/// one implementation release per public return version, and the compiled release of the current figures.
/// Quarterly KPI results are implementation metrics whose observations carry the UK measureClassification;
/// funding is implementation transactions from buyer to supplier; subcontractors are parties and award
/// subcontracts (subcontracting extension), with their quarterly payments as a financial metric.
/// </summary>
public sealed class OcdsReleaseWriter(FeedsOptions options)
{
    private readonly OcdsNoticeReleaseWriter _notices = new(options);

    public string Ocid(Contract contract) => $"{options.OcidPrefix}-{contract.Reference}";

    public static string ContractReleaseId(string ocid) => $"{ocid}-contract";

    public static string VersionReleaseId(string ocid, OcdsVersion version) =>
        $"{ocid}-{StableIds.Quarter(version.QuarterCode)}-v{version.Number}";

    public static string[] VersionTags(OcdsVersion version) => version.Number > 1 ? ["implementationUpdate"] : ["implementation"];

    public void WriteContractRelease(Utf8JsonWriter json, OcdsContractData data)
    {
        var ocid = Ocid(data.Contract);
        WriteHeader(json, ocid, ContractReleaseId(ocid), data.Contract.UpdatedAt, ["award", "contract"]);
        OcdsParts.WriteParties(json, data.Contract, []);
        OcdsParts.WriteAward(json, data.Contract, [], full: true);
        json.WriteStartArray("contracts");
        OcdsParts.WriteContractStart(json, data.Contract, full: true);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public void WriteVersionRelease(Utf8JsonWriter json, OcdsContractData data, OcdsVersion version)
    {
        var ocid = Ocid(data.Contract);
        WriteHeader(json, ocid, VersionReleaseId(ocid, version), version.PublishedAt, VersionTags(version));
        WriteImplementation(json, data.Contract, [version], full: false, []);
        json.WriteEndObject();
    }

    public void WriteCompiledRelease(Utf8JsonWriter json, OcdsContractData data)
    {
        var ocid = Ocid(data.Contract);
        var current = data.Current.ToList();
        var date = current.Select(v => v.PublishedAt).Concat(data.Notices.Select(n => n.ReadyAt!.Value)).Append(data.Contract.UpdatedAt).Max();
        WriteHeader(json, ocid, $"{ocid}-compiled", date, ["compiled"]);
        WriteImplementation(json, data.Contract, current, full: true, data.Notices);
        json.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter json, string ocid, string id, DateTime date, string[] tags)
    {
        json.WriteStartObject();
        json.WriteString("ocid", ocid);
        json.WriteString("id", id);
        json.WriteString("date", PublicFormat.DateTime(date));
        json.WriteStartArray("tag");
        foreach (var tag in tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteString("initiationType", "tender");
        json.WriteString("language", "en");
    }

    private void WriteImplementation(Utf8JsonWriter json, Contract contract, IReadOnlyList<OcdsVersion> versions, bool full, IReadOnlyList<PerformanceNotices.PerformanceNotice> notices)
    {
        var subcontracts = versions.SelectMany(v => v.Subcontracts).ToList();
        OcdsParts.WriteParties(json, contract, subcontracts);
        if (full || subcontracts.Count > 0)
        {
            OcdsParts.WriteAward(json, contract, subcontracts, full);
        }

        json.WriteStartArray("contracts");
        OcdsParts.WriteContractStart(json, contract, full);
        json.WriteStartObject("implementation");
        _notices.WriteDocuments(json, contract, notices);
        OcdsImplementation.WriteTransactions(json, contract, versions);
        OcdsImplementation.WriteMetrics(json, contract, versions, notices);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
