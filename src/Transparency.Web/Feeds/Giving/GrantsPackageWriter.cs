using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Feeds.Downloads;
using Transparency.Web.Feeds.Downloads.Storage;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Feeds.Giving;

/// <summary>
/// Funding paid as grants (payment type grant, current published versions only) as a 360Giving 1.4 data
/// package, written as parts of contract buckets that the package at /downloads/360giving/grants.json joins (each
/// part is a valid package too): one grant per funding line, the commissioner as funder and the provider as
/// recipient. Dates are written as full date-times, which match exactly one branch of the schema's date-or-date-time
/// choices whether or not a validator checks formats (see DECISIONS.md).
/// </summary>
public sealed class GrantsPackageWriter(TransparencyDbContext db, FeedsOptions options)
{
    private static readonly Dictionary<string, string> GeoCodeTypes = new(StringComparer.Ordinal)
    {
        ["E06"] = "UA",
        ["E07"] = "NMD",
        ["E08"] = "MD",
        ["E09"] = "LONB",
        ["E10"] = "CTY",
        ["E12"] = "RGN",
    };

    private readonly PublicLinks _links = new(options.PublicBaseUrl);

    /// <summary>Writes the grants of one bucket of contracts as a part; null when the bucket has none.</summary>
    public async Task<StoredPart?> WritePartAsync(int bucket, PartStore store, CancellationToken cancellationToken)
    {
        var query = PartitionScheme.Contracts.Query(bucket, null);
        var areas = (await db.ContractAreas.AsNoTracking().Where(a => a.ContractId >= query.From && a.ContractId < query.To)
                .OrderBy(a => a.AreaCode).ToListAsync(cancellationToken))
            .ToLookup(a => a.ContractId, a => a.AreaCode);
        var grants = FactTables.Number(
            db.Funding.AsNoTracking()
                .Where(f => f.ContractId >= query.From && f.ContractId < query.To
                    && f.PaymentType == PaymentType.Grant && f.ReturnVersion!.Status == PublicStatus.Current)
                .OrderBy(f => f.ContractId).ThenBy(f => f.QuarterCode).ThenBy(f => f.Id)
                .Select(f => new GrantRow(f.ContractId, f.Contract!.Reference, f.Contract.Title, f.Contract.Description, f.QuarterCode, f.AmountPence, f.Description,
                    f.Contract.Commissioner!.Identifier, f.Contract.Commissioner.Name,
                    f.Contract.Provider!.Identifier, f.Contract.Provider.Name, f.Contract.Provider.LegalForm, f.Contract.Provider.RegistrationNumber,
                    f.ReturnVersion!.PublishedAt))
                .AsAsyncEnumerable(),
            g => (g.ContractId, g.QuarterCode),
            cancellationToken);

        using var body = new MemoryStream();
        DateTime? latest = null;
        await using (var json = new Utf8JsonWriter(body, TableParts.JsonOptions))
        {
            // The bracket makes the writer separate grants with commas; it is cut off the body.
            json.WriteStartArray();
            await foreach (var grant in grants)
            {
                WriteGrant(json, grant.Row, grant.Ordinal, areas[grant.Row.ContractId]);
                if (grant.Row.PublishedAt is { } published && (latest is null || published > latest))
                {
                    latest = published;
                }
            }
        }

        return body.Length <= 1 ? null : store.Store(PartPaths.Grants, "json", null, bucket, body.GetBuffer().AsMemory(1, (int)body.Length - 1), latest);
    }

    /// <summary>
    /// The opening (up to the grants array's bracket) and the closing of a 360Giving package at /downloads/{path},
    /// issued and modified at <paramref name="latest"/>, the newest publication among its grants.
    /// </summary>
    public static (byte[] Header, byte[] Footer) Framing(FeedsOptions options, string path, DateTime? latest)
    {
        using var stream = new MemoryStream();
        using var json = new Utf8JsonWriter(stream, TableParts.JsonOptions);
        json.WriteStartObject();
        json.WriteStartArray("grants");
        json.Flush();
        var header = stream.ToArray();
        var date = PublicFormat.DateTime(latest ?? DateTime.UnixEpoch);
        json.WriteEndArray();
        json.WriteString("version", "1.4");
        json.WriteString("title", $"{options.PublisherName}: grants to providers of public services");
        json.WriteString("description", "Funding that commissioners paid to providers as grants, from providers' published quarterly returns.");
        json.WriteString("issued", date);
        json.WriteString("modified", date);
        json.WriteString("identifier", options.GrantIdPrefix);
        json.WriteStartObject("publisher");
        json.WriteString("name", options.PublisherName);
        json.WriteString("website", options.PublicBaseUrl.AbsoluteUri);
        json.WriteEndObject();
        json.WriteString("downloadURL", new PublicLinks(options.PublicBaseUrl).Absolute(SiteUrls.Downloads + path).AbsoluteUri);
        json.WriteString("license", options.LicenceUrl.AbsoluteUri);
        json.WriteEndObject();
        json.Flush();
        return (header, stream.ToArray()[header.Length..]);
    }

    private void WriteGrant(Utf8JsonWriter json, GrantRow row, int ordinal, IEnumerable<string> areas)
    {
        var quarter = Quarter.FromCode(row.QuarterCode);
        var title = $"{row.Title}: grant for {quarter}";
        json.WriteStartObject();
        json.WriteString("id", $"{options.GrantIdPrefix}-{StableIds.Funding(row.Reference, row.QuarterCode, PaymentType.Grant, ordinal).Replace('/', '-')}");
        json.WriteString("title", title.Length <= 140 ? title : title[..139] + "…");
        json.WriteString("description", row.Description ?? row.ContractDescription ?? $"Grant paid under the contract {row.Title} ({row.Reference}) for {quarter}.");
        json.WriteString("currency", "GBP");
        json.WritePropertyName("amountAwarded");
        json.WriteRawValue(PublicFormat.Pounds(row.AmountPence), skipInputValidation: true);
        json.WriteString("awardDate", PublicFormat.DateAsDateTime(quarter.StartDate));
        json.WriteStartArray("plannedDates");
        json.WriteStartObject();
        json.WriteString("startDate", PublicFormat.DateAsDateTime(quarter.StartDate));
        json.WriteString("endDate", PublicFormat.DateAsDateTime(quarter.EndDate));
        json.WriteNumber("duration", 3);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("recipientOrganization");
        json.WriteStartObject();
        json.WriteString("id", row.ProviderIdentifier);
        json.WriteString("name", row.ProviderName);
        if (row.RegistrationNumber is { Length: > 0 } number)
        {
            json.WriteString(row.ProviderForm == LegalForm.Charity ? "charityNumber" : "companyNumber", number);
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("fundingOrganization");
        json.WriteStartObject();
        json.WriteString("id", row.CommissionerIdentifier);
        json.WriteString("name", row.CommissionerName);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("beneficiaryLocation");
        foreach (var area in areas)
        {
            json.WriteStartObject();
            json.WriteString("geoCode", area);
            if (area.Length >= 3 && GeoCodeTypes.TryGetValue(area[..3], out var type))
            {
                json.WriteString("geoCodeType", type);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (row.PublishedAt is { } published)
        {
            json.WriteString("dateModified", PublicFormat.DateTime(published));
        }

        json.WriteString("dataSource", _links.Absolute(SiteUrls.Contract(row.Reference)).AbsoluteUri);
        json.WriteEndObject();
    }

    private sealed record GrantRow(
        int ContractId, string Reference, string Title, string? ContractDescription, int QuarterCode, long AmountPence, string? Description,
        string CommissionerIdentifier, string CommissionerName, string ProviderIdentifier, string ProviderName, LegalForm ProviderForm,
        string? RegistrationNumber, DateTime? PublishedAt);
}
