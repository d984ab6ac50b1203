using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>Subcontracts and user satisfaction, from the current published version of each return.</summary>
internal static class SupplyChainTables
{
    private const string VersionDescription = "The return version the figure comes from: an id in return_versions.";

    public static IDownloadTable Subcontracts() => new DownloadTable<FactTables.Numbered<SubcontractRow>>(
        "subcontracts",
        "Subcontracts",
        "Work each provider passed to subcontractors in the quarter, and what it paid them.",
        PartitionScheme.ContractYears,
        (db, q) => FactTables.Number(
            db.Subcontracts.AsNoTracking()
                .Where(s => s.ContractId >= q.From && s.ContractId < q.To && s.QuarterCode >= q.FirstQuarter && s.QuarterCode <= q.LastQuarter
                    && s.ReturnVersion!.Status == PublicStatus.Current)
                .OrderBy(s => s.ContractId).ThenBy(s => s.QuarterCode).ThenBy(s => s.SubcontractorId).ThenBy(s => s.Id)
                .Select(s => new SubcontractRow(s.Contract!.Reference, s.QuarterCode, s.Subcontractor!.Identifier, s.Service,
                    s.ValuePaidInQuarterPence, s.TotalValuePence, s.PerformanceRating,
                    s.ReturnVersion!.Return!.Provider!.Identifier, s.ReturnVersion.VersionNumber ?? 0))
                .AsAsyncEnumerable(),
            s => (s.Contract, s.QuarterCode, s.Subcontractor)),
        [
            new("id", ColumnType.Text, "Contract, quarter, subcontractor and line number, like DEMO-000001/2025-26-Q2/GB-CHC-9912345/1.", n => StableIds.Subcontract(n.Row.Contract, n.Row.QuarterCode, n.Row.Subcontractor, n.Ordinal), true),
            new("return_version_id", ColumnType.Text, VersionDescription, n => StableIds.ReturnVersion(n.Row.Provider, n.Row.QuarterCode, n.Row.Version), true),
            new("contract_reference", ColumnType.Text, "The contract: a reference in contracts.", n => n.Row.Contract, true),
            new("quarter", ColumnType.Text, "The financial-year quarter, like 2025-26 Q2.", n => Quarter.FromCode(n.Row.QuarterCode).ToString(), true),
            new("subcontractor_identifier", ColumnType.Text, "The subcontractor: an identifier in organisations.", n => n.Row.Subcontractor, true),
            new("service", ColumnType.Text, "What the subcontractor does.", n => n.Row.Service, true),
            new("value_paid_in_quarter_pounds", ColumnType.Money, "What the provider paid the subcontractor in the quarter, in pounds.", n => PublicFormat.Pounds(n.Row.PaidPence), true),
            new("total_value_pounds", ColumnType.Money, "The subcontract's total value, in pounds; empty when the provider did not state it.", n => n.Row.TotalPence is { } total ? PublicFormat.Pounds(total) : null),
            new("performance_rating", ColumnType.Text, "The provider's rating of the subcontractor, where practical.", n => n.Row.Rating is { } r ? PublicFormat.Code(r) : null),
        ],
        n => n.Row.QuarterCode,
        [
            new("return_version_id", "return_versions", "id"),
            new("contract_reference", "contracts", "reference"),
            new("subcontractor_identifier", "organisations", "identifier"),
        ]);

    public static IDownloadTable Satisfaction() => new DownloadTable<FactTables.Numbered<SatisfactionRow>>(
        "satisfaction",
        "User satisfaction",
        "What users of each service said about it in the quarter.",
        PartitionScheme.ContractYears,
        (db, q) => FactTables.Number(
            db.Satisfaction.AsNoTracking()
                .Where(s => s.ContractId >= q.From && s.ContractId < q.To && s.QuarterCode >= q.FirstQuarter && s.QuarterCode <= q.LastQuarter
                    && s.ReturnVersion!.Status == PublicStatus.Current)
                .OrderBy(s => s.ContractId).ThenBy(s => s.QuarterCode).ThenBy(s => s.Id)
                .Select(s => new SatisfactionRow(s.Contract!.Reference, s.QuarterCode, s.Measure, s.Method, s.Respondents,
                    s.PercentPositive, s.PercentNegative, s.ReturnVersion!.Return!.Provider!.Identifier, s.ReturnVersion.VersionNumber ?? 0))
                .AsAsyncEnumerable(),
            s => (s.Contract, s.QuarterCode)),
        [
            new("id", ColumnType.Text, "Contract, quarter and line number, like DEMO-000001/2025-26-Q2/satisfaction/1.", n => StableIds.Satisfaction(n.Row.Contract, n.Row.QuarterCode, n.Ordinal), true),
            new("return_version_id", ColumnType.Text, VersionDescription, n => StableIds.ReturnVersion(n.Row.Provider, n.Row.QuarterCode, n.Row.Version), true),
            new("contract_reference", ColumnType.Text, "The contract: a reference in contracts.", n => n.Row.Contract, true),
            new("quarter", ColumnType.Text, "The financial-year quarter, like 2025-26 Q2.", n => Quarter.FromCode(n.Row.QuarterCode).ToString(), true),
            new("measure", ColumnType.Text, "What was asked, such as overall satisfaction.", n => n.Row.Measure, true),
            new("method", ColumnType.Text, "survey, interview, focus_group, feedback_form or other.", n => PublicFormat.Code(n.Row.Method), true),
            new("respondents", ColumnType.WholeNumber, "How many people answered.", n => PublicFormat.Whole(n.Row.Respondents), true),
            new("percent_positive", ColumnType.Number, "Share of respondents who were positive (0 to 100).", n => PublicFormat.Number(n.Row.Positive), true),
            new("percent_negative", ColumnType.Number, "Share of respondents who were negative (0 to 100).", n => n.Row.Negative is { } p ? PublicFormat.Number(p) : null),
        ],
        n => n.Row.QuarterCode,
        [
            new("return_version_id", "return_versions", "id"),
            new("contract_reference", "contracts", "reference"),
        ]);

    internal sealed record SubcontractRow(
        string Contract, int QuarterCode, string Subcontractor, string Service, long PaidPence, long? TotalPence, KpiRating? Rating, string Provider, int Version);

    internal sealed record SatisfactionRow(
        string Contract, int QuarterCode, string Measure, SatisfactionMethod Method, int Respondents, double Positive, double? Negative, string Provider, int Version);
}
