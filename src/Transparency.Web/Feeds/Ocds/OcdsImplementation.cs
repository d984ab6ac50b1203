using System.Text.Json;
using Transparency.Web.Domain;
using Transparency.Web.PerformanceNotices;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>The implementation section: funding as transactions, KPI results, satisfaction and subcontractor payments as metrics.</summary>
internal static class OcdsImplementation
{
    public static void WriteTransactions(Utf8JsonWriter json, Contract contract, IReadOnlyList<OcdsVersion> versions)
    {
        var funding = versions.SelectMany(v => v.Funding).ToList();
        if (funding.Count == 0)
        {
            return;
        }

        json.WriteStartArray("transactions");
        foreach (var quarter in funding.GroupBy(f => (f.QuarterCode, f.PaymentType)))
        {
            var ordinal = 0;
            foreach (var line in quarter)
            {
                json.WriteStartObject();
                json.WriteString("id", StableIds.Funding(contract.Reference, line.QuarterCode, line.PaymentType, ++ordinal));
                json.WriteString("date", PublicFormat.DateAsDateTime(Quarter.FromCode(line.QuarterCode).EndDate));
                OcdsParts.WriteValue(json, "value", line.AmountPence);
                OcdsParts.WriteOrganisationReference(json, "payer", contract.Commissioner!);
                OcdsParts.WriteOrganisationReference(json, "payee", contract.Provider!);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    /// <summary>KPI results by quarter, with each ready notice's rating for its period beside them, then satisfaction and subcontractor payments.</summary>
    public static void WriteMetrics(Utf8JsonWriter json, Contract contract, IReadOnlyList<OcdsVersion> versions, IReadOnlyList<PerformanceNotice> notices)
    {
        var results = versions.SelectMany(v => v.KpiResults).ToList();
        var satisfaction = versions.SelectMany(v => v.Satisfaction).ToList();
        var subcontracts = versions.SelectMany(v => v.Subcontracts).ToList();
        var assessed = notices.SelectMany(n => n.Assessments.Select(a => (Notice: n, Assessment: a))).ToLookup(x => x.Assessment.KpiDefinitionId);
        if (results.Count == 0 && satisfaction.Count == 0 && subcontracts.Count == 0 && notices.Count == 0)
        {
            return;
        }

        var kpis = contract.Kpis.ToDictionary(k => k.Id);
        var byKpi = results.Where(r => kpis.ContainsKey(r.KpiDefinitionId)).ToLookup(r => r.KpiDefinitionId);
        var kpiIds = results.Select(r => r.KpiDefinitionId).Concat(notices.SelectMany(n => n.Assessments).Select(a => a.KpiDefinitionId)).Where(kpis.ContainsKey).Distinct();
        json.WriteStartArray("metrics");
        foreach (var id in kpiIds)
        {
            var kpi = kpis[id];
            json.WriteStartObject();
            json.WriteString("id", kpi.Code);
            json.WriteString("title", kpi.Name);
            json.WriteStartArray("observations");
            foreach (var result in byKpi[id])
            {
                WriteKpiObservation(json, kpi, result);
            }

            foreach (var (notice, assessment) in assessed[id])
            {
                OcdsNoticeReleaseWriter.WriteObservation(json, notice, assessment);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (satisfaction.Count > 0)
        {
            WriteSatisfaction(json, contract, satisfaction);
        }

        if (subcontracts.Count > 0)
        {
            WriteSubcontractPayments(json, contract, subcontracts);
        }

        json.WriteEndArray();
    }

    public static void WriteUnit(Utf8JsonWriter json, KpiUnit unit)
    {
        json.WriteStartObject("unit");
        json.WriteString("name", unit switch
        {
            KpiUnit.Percentage => "percent",
            KpiUnit.Count => "count",
            KpiUnit.Days => "days",
            KpiUnit.Pounds => "pounds sterling",
            _ => "score",
        });
        json.WriteEndObject();
    }

    private static void WriteKpiObservation(Utf8JsonWriter json, KpiDefinition kpi, KpiResult result)
    {
        var quarter = Quarter.FromCode(result.QuarterCode);
        json.WriteStartObject();
        json.WriteString("id", StableIds.KpiResult(string.Empty, string.Empty, result.QuarterCode, result.Cohort, result.AreaCode).TrimStart('/'));
        OcdsParts.WritePeriod(json, "period", quarter.StartDate, quarter.EndDate);
        json.WriteNumber("measure", result.Actual);
        WriteUnit(json, kpi.Unit);
        if (result.Cohort is { Length: > 0 } || result.AreaCode is { Length: > 0 })
        {
            json.WriteStartObject("dimensions");
            if (result.Cohort is { Length: > 0 } cohort)
            {
                json.WriteString(kpi.CohortDimension is { Length: > 0 } dimension ? CamelCase(dimension) : "cohort", cohort);
            }

            if (result.AreaCode is { Length: > 0 } area)
            {
                json.WriteString("areaCode", area);
            }

            json.WriteEndObject();
        }

        if (result.Commentary is { Length: > 0 } commentary)
        {
            json.WriteString("notes", commentary);
        }

        json.WriteStartObject("measureClassification");
        json.WriteString("id", result.Rating.OcdsCode());
        json.WriteString("description", result.Rating.Label() + (result.RatingDerived ? " (derived from actual against target)" : string.Empty));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSatisfaction(Utf8JsonWriter json, Contract contract, IReadOnlyList<SatisfactionResult> satisfaction)
    {
        json.WriteStartObject();
        json.WriteString("id", "user-satisfaction");
        json.WriteString("title", "User satisfaction");
        json.WriteString("description", "Share of respondents positive about the service.");
        json.WriteStartArray("observations");
        foreach (var quarter in satisfaction.GroupBy(s => s.QuarterCode))
        {
            var ordinal = 0;
            foreach (var item in quarter)
            {
                var period = Quarter.FromCode(item.QuarterCode);
                json.WriteStartObject();
                json.WriteString("id", StableIds.Satisfaction(contract.Reference, item.QuarterCode, ++ordinal)[(contract.Reference.Length + 1)..]);
                OcdsParts.WritePeriod(json, "period", period.StartDate, period.EndDate);
                json.WriteNumber("measure", item.PercentPositive);
                WriteUnit(json, KpiUnit.Percentage);
                json.WriteStartObject("dimensions");
                json.WriteString("question", item.Measure);
                json.WriteString("method", PublicFormat.Code(item.Method));
                json.WriteString("respondents", PublicFormat.Whole(item.Respondents));
                json.WriteEndObject();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSubcontractPayments(Utf8JsonWriter json, Contract contract, IReadOnlyList<SubcontractRecord> subcontracts)
    {
        json.WriteStartObject();
        json.WriteString("id", "subcontractor-payments");
        json.WriteString("title", "Payments to subcontractors");
        json.WriteString("description", "What the supplier paid each subcontractor in the quarter.");
        json.WriteStartArray("observations");
        foreach (var group in subcontracts.GroupBy(s => (s.QuarterCode, s.Subcontractor!.Identifier)))
        {
            var ordinal = 0;
            foreach (var item in group)
            {
                var period = Quarter.FromCode(item.QuarterCode);
                json.WriteStartObject();
                json.WriteString("id", StableIds.Subcontract(contract.Reference, item.QuarterCode, group.Key.Identifier, ++ordinal)[(contract.Reference.Length + 1)..]);
                OcdsParts.WritePeriod(json, "period", period.StartDate, period.EndDate);
                OcdsParts.WriteValue(json, "value", item.ValuePaidInQuarterPence);
                json.WriteStartObject("dimensions");
                json.WriteString("subcontractor", group.Key.Identifier);
                json.WriteString("service", item.Service);
                json.WriteEndObject();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string CamelCase(string words)
    {
        var parts = words.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((p, i) => i == 0 ? p.ToLowerInvariant() : char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()));
    }
}
