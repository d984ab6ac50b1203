using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// The quarterly facts of the current published version of each return. Superseded figures stay available
/// through the API (by ReturnVersionId); drafts and withdrawn versions never appear.
/// </summary>
internal static class FactTables
{
    private const string VersionDescription = "The return version the figure comes from: an id in return_versions.";

    public static IDownloadTable Funding() => new DownloadTable<Numbered<FundingRow>>(
        "funding",
        "Funding received",
        "Money each provider received under each contract in the quarter. Service-credit deductions are negative.",
        PartitionScheme.ContractYears,
        (db, q) => Number(
            db.Funding.AsNoTracking()
                .Where(f => f.ContractId >= q.From && f.ContractId < q.To && f.QuarterCode >= q.FirstQuarter && f.QuarterCode <= q.LastQuarter
                    && f.ReturnVersion!.Status == PublicStatus.Current)
                .OrderBy(f => f.ContractId).ThenBy(f => f.QuarterCode).ThenBy(f => f.PaymentType).ThenBy(f => f.Id)
                .Select(f => new FundingRow(f.Contract!.Reference, f.QuarterCode, f.PaymentType, f.AmountPence, f.Description,
                    f.ReturnVersion!.Return!.Provider!.Identifier, f.ReturnVersion.VersionNumber ?? 0))
                .AsAsyncEnumerable(),
            r => (r.Contract, r.QuarterCode, r.Type)),
        [
            new("id", ColumnType.Text, "Contract, quarter, payment type and line number, like DEMO-000001/2025-26-Q2/fee/1.", n => StableIds.Funding(n.Row.Contract, n.Row.QuarterCode, n.Row.Type, n.Ordinal), true),
            new("return_version_id", ColumnType.Text, VersionDescription, n => StableIds.ReturnVersion(n.Row.Provider, n.Row.QuarterCode, n.Row.Version), true),
            new("contract_reference", ColumnType.Text, "The contract: a reference in contracts.", n => n.Row.Contract, true),
            new("quarter", ColumnType.Text, "The financial-year quarter, like 2025-26 Q2.", n => Quarter.FromCode(n.Row.QuarterCode).ToString(), true),
            new("payment_type", ColumnType.Text, "fee, outcome_payment, grant or service_credit_deduction.", n => PublicFormat.Code(n.Row.Type), true),
            new("amount_pounds", ColumnType.Money, "The amount in pounds, exactly two decimals; deductions are negative.", n => PublicFormat.Pounds(n.Row.AmountPence), true),
            new("description", ColumnType.Text, "The provider's description of the payment.", n => n.Row.Description),
        ],
        n => n.Row.QuarterCode,
        [
            new("return_version_id", "return_versions", "id"),
            new("contract_reference", "contracts", "reference"),
        ]);

    public static IDownloadTable KpiResults() => new DownloadTable<KpiResultRow>(
        "kpi_results",
        "KPI results",
        "Each KPI's result in the quarter, for the whole service or one cohort or area, with its rating on the Procurement Act 2023 scale.",
        PartitionScheme.ContractYears,
        (db, q) => db.KpiResults.AsNoTracking()
            .Where(r => r.ContractId >= q.From && r.ContractId < q.To && r.QuarterCode >= q.FirstQuarter && r.QuarterCode <= q.LastQuarter
                && r.ReturnVersion!.Status == PublicStatus.Current)
            .OrderBy(r => r.ContractId).ThenBy(r => r.QuarterCode).ThenBy(r => r.KpiDefinitionId).ThenBy(r => r.Id)
            .Select(r => new KpiResultRow(r.KpiDefinition!.Contract!.Reference, r.KpiDefinition.Code, r.QuarterCode, r.Cohort, r.AreaCode,
                r.Actual, r.Numerator, r.Denominator, r.Rating, r.RatingDerived, r.Commentary,
                r.ReturnVersion!.Return!.Provider!.Identifier, r.ReturnVersion.VersionNumber ?? 0))
            .AsAsyncEnumerable(),
        [
            new("id", ColumnType.Text, "Contract, KPI, quarter and any cohort and area, like DEMO-000001/K1/2025-26-Q2/cohort=Over 50. Never changes.", r => StableIds.KpiResult(r.Contract, r.Code, r.QuarterCode, r.Cohort, r.AreaCode), true),
            new("return_version_id", ColumnType.Text, VersionDescription, r => StableIds.ReturnVersion(r.Provider, r.QuarterCode, r.Version), true),
            new("kpi_id", ColumnType.Text, "The KPI: an id in kpi_definitions.", r => StableIds.Kpi(r.Contract, r.Code), true),
            new("contract_reference", ColumnType.Text, "The contract: a reference in contracts.", r => r.Contract, true),
            new("quarter", ColumnType.Text, "The financial-year quarter, like 2025-26 Q2.", r => Quarter.FromCode(r.QuarterCode).ToString(), true),
            new("cohort", ColumnType.Text, "The cohort the result covers; empty for the whole service.", r => r.Cohort),
            new("area_code", ColumnType.Text, "ONS GSS code of the area the result covers, when reported by area.", r => r.AreaCode),
            new("actual", ColumnType.Number, "The result in the KPI's unit.", r => PublicFormat.Number(r.Actual), true),
            new("numerator", ColumnType.WholeNumber, "For a rate: the number that met the measure.", r => r.Numerator is { } n ? PublicFormat.Whole(n) : null),
            new("denominator", ColumnType.WholeNumber, "For a rate: the number measured.", r => r.Denominator is { } d ? PublicFormat.Whole(d) : null),
            new("rating", ColumnType.Text, "good, approaching_target, requires_improvement, inadequate or other.", r => PublicFormat.Code(r.Rating), true),
            new("rating_ocds", ColumnType.Text, "The rating as the UK OCDS measureClassification: met, slightlyBelow, below, significantlyBelow or other.", r => r.Rating.OcdsCode(), true),
            new("rating_derived", ColumnType.Boolean, "True when the provider gave no rating and the portal derived it from actual against target.", r => PublicFormat.Boolean(r.RatingDerived), true),
            new("commentary", ColumnType.Text, "The provider's commentary.", r => r.Commentary),
        ],
        r => r.QuarterCode,
        [
            new("return_version_id", "return_versions", "id"),
            new("kpi_id", "kpi_definitions", "id"),
            new("contract_reference", "contracts", "reference"),
        ]);

    /// <summary>Numbers rows within each group (rows arrive ordered by group), for identifiers of rows with no natural key.</summary>
    internal static async IAsyncEnumerable<Numbered<T>> Number<T, TKey>(
        IAsyncEnumerable<T> rows, Func<T, TKey> group, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var ordinal = 0;
        TKey? previous = default;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var key = group(row);
            ordinal = ordinal > 0 && EqualityComparer<TKey>.Default.Equals(key, previous) ? ordinal + 1 : 1;
            previous = key;
            yield return new Numbered<T>(row, ordinal);
        }
    }

    internal sealed record Numbered<T>(T Row, int Ordinal);

    internal sealed record FundingRow(string Contract, int QuarterCode, PaymentType Type, long AmountPence, string? Description, string Provider, int Version);

    internal sealed record KpiResultRow(
        string Contract, string Code, int QuarterCode, string? Cohort, string? AreaCode, double Actual, long? Numerator, long? Denominator,
        KpiRating Rating, bool RatingDerived, string? Commentary, string Provider, int Version);
}
