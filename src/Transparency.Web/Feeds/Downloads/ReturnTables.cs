using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>Quarterly returns and their public versions. Drafts and withdrawn versions never appear.</summary>
internal static class ReturnTables
{
    public static IDownloadTable Returns() => new DownloadTable<ReturnRow>(
        "returns",
        "Quarterly returns",
        "One provider's return for one quarter. Its figures are in the current published version.",
        // Driven from the one published version of each return: an EXISTS over versions per return made
        // SQLite scan every published version for every return (quadratic at national scale).
        PartitionScheme.ProviderYears,
        (db, q) => db.ReturnVersions.AsNoTracking()
            .Where(v => v.Status == PublicStatus.Current
                && v.Return!.ProviderId >= q.From && v.Return.ProviderId < q.To
                && v.Return.QuarterCode >= q.FirstQuarter && v.Return.QuarterCode <= q.LastQuarter)
            .OrderBy(v => v.Return!.QuarterCode).ThenBy(v => v.Return!.Provider!.Identifier)
            .Select(v => new ReturnRow(
                v.ReturnId,
                v.Return!.Provider!.Identifier,
                v.Return.QuarterCode,
                v.Return.DueDate,
                v.Return.FirstPublishedAt,
                v.VersionNumber))
            .AsAsyncEnumerable(),
        [
            new("id", ColumnType.Text, "Provider identifier and quarter, like GB-COH-01234567/2025-26-Q2. Never changes.", r => StableIds.Return(r.Provider, r.QuarterCode), true),
            new("api_id", ColumnType.WholeNumber, "The return's key in the OData API (Returns).", r => PublicFormat.Whole(r.Id), true),
            new("provider_identifier", ColumnType.Text, "The provider: an identifier in organisations.", r => r.Provider, true),
            new("quarter", ColumnType.Text, "The financial-year quarter, like 2025-26 Q2.", r => Quarter.FromCode(r.QuarterCode).ToString(), true),
            new("due_date", ColumnType.Date, "The deadline for the return.", r => PublicFormat.Date(r.DueDate), true),
            new("first_published_at", ColumnType.DateTime, "When version 1 was published (UTC). Timeliness is judged on this.", r => r.FirstPublishedAt is { } at ? PublicFormat.DateTime(at) : null),
            new("current_version", ColumnType.WholeNumber, "The version number whose figures are current.", r => r.CurrentVersion is { } n ? PublicFormat.Whole(n) : null),
        ],
        r => r.QuarterCode,
        [new("provider_identifier", "organisations", "identifier")]);

    public static IDownloadTable Versions() => new DownloadTable<VersionRow>(
        "return_versions",
        "Return versions",
        "Every published version of every return. A restatement adds a version that supersedes the previous one, which stays here for history.",
        PartitionScheme.ProviderYears,
        (db, q) => db.ReturnVersions.AsNoTracking()
            .Where(v => (v.Status == PublicStatus.Current || v.Status == PublicStatus.Replaced)
                && v.Return!.ProviderId >= q.From && v.Return.ProviderId < q.To
                && v.Return.QuarterCode >= q.FirstQuarter && v.Return.QuarterCode <= q.LastQuarter)
            .OrderBy(v => v.Return!.QuarterCode).ThenBy(v => v.Return!.Provider!.Identifier).ThenBy(v => v.VersionNumber)
            .Select(v => new VersionRow(
                v.Id,
                v.Return!.Provider!.Identifier,
                v.Return.QuarterCode,
                v.VersionNumber ?? 0,
                v.Status,
                v.PublishedAt,
                v.RestatementReason,
                v.Supersedes == null ? null : v.Supersedes.VersionNumber,
                v.FileSha256,
                v.Format))
            .AsAsyncEnumerable(),
        [
            new("id", ColumnType.Text, "Return id and version number, like GB-COH-01234567/2025-26-Q2/v2. Never changes.", v => StableIds.ReturnVersion(v.Provider, v.QuarterCode, v.Number), true),
            new("api_id", ColumnType.WholeNumber, "The version's key in the OData API (ReturnVersions); facts there carry it as ReturnVersionId.", v => PublicFormat.Whole(v.Id), true),
            new("return_id", ColumnType.Text, "The return: an id in returns.", v => StableIds.Return(v.Provider, v.QuarterCode), true),
            new("provider_identifier", ColumnType.Text, "The provider: an identifier in organisations.", v => v.Provider, true),
            new("quarter", ColumnType.Text, "The financial-year quarter, like 2025-26 Q2.", v => Quarter.FromCode(v.QuarterCode).ToString(), true),
            new("version_number", ColumnType.WholeNumber, "1 for the first publication, 2 for the first restatement, and so on.", v => PublicFormat.Whole(v.Number), true),
            new("status", ColumnType.Text, "published (current) or superseded (replaced by a restatement).", v => PublicFormat.Code(v.Status), true),
            new("published_at", ColumnType.DateTime, "When this version was published (UTC). Use it to fetch only what changed.", v => v.PublishedAt is { } at ? PublicFormat.DateTime(at) : null, true),
            new("restatement_reason", ColumnType.Text, "Why the provider restated the return.", v => v.RestatementReason),
            new("supersedes_id", ColumnType.Text, "The version this one replaced: an id in return_versions.", v => v.Supersedes is { } n ? StableIds.ReturnVersion(v.Provider, v.QuarterCode, n) : null),
            new("file_sha256", ColumnType.Text, "SHA-256 of the file the provider uploaded.", v => v.FileSha256.Trim(), true),
            new("upload_format", ColumnType.Text, "workbook, csv_bundle, csv, json or generated.", v => PublicFormat.Code(v.Format), true),
        ],
        v => v.QuarterCode,
        [
            new("return_id", "returns", "id"),
            new("provider_identifier", "organisations", "identifier"),
        ]);

    internal sealed record ReturnRow(int Id, string Provider, int QuarterCode, DateOnly DueDate, DateTime? FirstPublishedAt, int? CurrentVersion);

    internal sealed record VersionRow(
        int Id, string Provider, int QuarterCode, int Number, ReturnVersionStatus Status, DateTime? PublishedAt,
        string? RestatementReason, int? Supersedes, string FileSha256, UploadFormat Format);
}
