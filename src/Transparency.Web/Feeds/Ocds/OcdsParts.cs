using System.Text.Json;
using Transparency.Web.Domain;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>The parties, award and contract header of a release.</summary>
internal static class OcdsParts
{
    public static string AwardId(Contract contract) => $"{contract.Reference}-award";

    public static void WriteOrganisationReference(Utf8JsonWriter json, string property, Organisation organisation)
    {
        json.WriteStartObject(property);
        json.WriteString("id", organisation.Identifier);
        json.WriteString("name", organisation.Name);
        json.WriteEndObject();
    }

    public static void WriteParties(Utf8JsonWriter json, Contract contract, IReadOnlyList<SubcontractRecord> subcontracts)
    {
        var parties = new List<(Organisation Organisation, List<string> Roles)>
        {
            (contract.Commissioner!, ["buyer"]),
        };
        AddRole(parties, contract.Provider!, "supplier");
        foreach (var subcontractor in subcontracts.Select(s => s.Subcontractor!).DistinctBy(o => o.Identifier))
        {
            AddRole(parties, subcontractor, "subcontractor");
        }

        json.WriteStartArray("parties");
        foreach (var (organisation, roles) in parties)
        {
            json.WriteStartObject();
            json.WriteString("id", organisation.Identifier);
            json.WriteString("name", organisation.Name);
            json.WriteStartObject("identifier");
            json.WriteString("scheme", OrgId.ListOf(organisation.Identifier) ?? "XX-UNKNOWN");
            json.WriteString("id", organisation.Identifier[((OrgId.ListOf(organisation.Identifier)?.Length ?? -1) + 1)..]);
            json.WriteString("legalName", organisation.Name);
            json.WriteEndObject();
            json.WriteStartArray("roles");
            roles.ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartObject("details");
            json.WriteBoolean("vcse", organisation.IsVcse);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteOrganisationReference(json, "buyer", contract.Commissioner!);
    }

    public static void WriteAward(Utf8JsonWriter json, Contract contract, IReadOnlyList<SubcontractRecord> subcontracts, bool full)
    {
        json.WriteStartArray("awards");
        json.WriteStartObject();
        json.WriteString("id", AwardId(contract));
        if (full)
        {
            json.WriteString("title", contract.Title);
            json.WriteString("status", "active");
            if (contract.TotalValuePence is { } awarded)
            {
                WriteValue(json, "value", awarded);
            }

            json.WriteStartArray("suppliers");
            json.WriteStartObject();
            json.WriteString("id", contract.Provider!.Identifier);
            json.WriteString("name", contract.Provider.Name);
            json.WriteEndObject();
            json.WriteEndArray();
            WritePeriod(json, "contractPeriod", contract.StartDate, contract.EndDate);
        }

        if (full || subcontracts.Count > 0)
        {
            json.WriteBoolean("hasSubcontracting", subcontracts.Count > 0);
        }

        if (subcontracts.Count > 0)
        {
            json.WriteStartObject("subcontracting");
            json.WriteStartArray("subcontracts");
            foreach (var group in subcontracts.GroupBy(s => s.Subcontractor!.Identifier, StringComparer.Ordinal))
            {
                var subcontractor = group.First().Subcontractor!;
                json.WriteStartObject();
                json.WriteString("id", subcontractor.Identifier);
                WriteOrganisationReference(json, "subcontractor", subcontractor);
                json.WriteStartArray("mainContractors");
                json.WriteStartObject();
                json.WriteString("id", contract.Provider!.Identifier);
                json.WriteString("name", contract.Provider.Name);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteString("description", string.Join("; ", group.Select(s => s.Service).Distinct(StringComparer.Ordinal)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>Opens the contract object and writes its header; the caller adds implementation and closes it.</summary>
    public static void WriteContractStart(Utf8JsonWriter json, Contract contract, bool full)
    {
        json.WriteStartObject();
        json.WriteString("id", contract.Reference);
        json.WriteString("awardID", AwardId(contract));
        if (!full)
        {
            return;
        }

        json.WriteString("title", contract.Title);
        if (!string.IsNullOrWhiteSpace(contract.Description))
        {
            json.WriteString("description", contract.Description);
        }

        WritePeriod(json, "period", contract.StartDate, contract.EndDate);
        if (contract.TotalValuePence is { } total)
        {
            WriteValue(json, "value", total);
        }

        if (contract.NoticeUrl is not null && Uri.IsWellFormedUriString(contract.NoticeUrl, UriKind.Absolute))
        {
            json.WriteStartArray("documents");
            json.WriteStartObject();
            json.WriteString("id", "procurement-notice");
            json.WriteString("documentType", "contractNotice");
            json.WriteString("title", contract.Ocid is null ? "Procurement notice" : $"Procurement notice ({contract.Ocid})");
            json.WriteString("url", contract.NoticeUrl);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (contract.Kpis.Count > 0)
        {
            json.WriteStartArray("agreedMetrics");
            foreach (var kpi in contract.Kpis.OrderBy(k => k.Code, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", kpi.Code);
                json.WriteString("title", kpi.Name);
                if (!string.IsNullOrWhiteSpace(kpi.Description))
                {
                    json.WriteString("description", kpi.Description);
                }

                json.WriteStartArray("observations");
                json.WriteStartObject();
                json.WriteString("id", "target");
                WritePeriod(json, "period", contract.StartDate, contract.EndDate);
                json.WriteNumber("measure", kpi.Target);
                OcdsImplementation.WriteUnit(json, kpi.Unit);
                json.WriteString("notes", $"{PublicFormat.Code(kpi.Kind)} KPI; {(kpi.Direction == KpiDirection.HigherIsBetter ? "higher" : "lower")} is better.");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
    }

    public static void WritePeriod(Utf8JsonWriter json, string property, DateOnly start, DateOnly end)
    {
        json.WriteStartObject(property);
        json.WriteString("startDate", PublicFormat.DateAsDateTime(start));
        json.WriteString("endDate", PublicFormat.DateTime(end.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Utc)));
        json.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter json, string property, long pence)
    {
        json.WriteStartObject(property);
        json.WritePropertyName("amount");
        json.WriteRawValue(PublicFormat.Pounds(pence), skipInputValidation: true);
        json.WriteString("currency", "GBP");
        json.WriteEndObject();
    }

    private static void AddRole(List<(Organisation Organisation, List<string> Roles)> parties, Organisation organisation, string role)
    {
        var existing = parties.FindIndex(p => p.Organisation.Identifier == organisation.Identifier);
        if (existing >= 0)
        {
            parties[existing].Roles.Add(role);
        }
        else
        {
            parties.Add((organisation, [role]));
        }
    }
}
