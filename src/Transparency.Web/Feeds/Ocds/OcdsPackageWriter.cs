using System.Text.Json;
using Transparency.Web.Domain;
using Transparency.Web.Feeds.Downloads;
using Transparency.Web.PerformanceNotices;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>Wraps releases in OCDS 1.1 release packages and records in record packages.</summary>
public sealed class OcdsPackageWriter(FeedsOptions options)
{
    /// <summary>The extensions the releases use; OCDS tools fetch these to know the extra fields.</summary>
    public static readonly string[] Extensions =
    [
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_subcontracting_extension/master/extension.json",
        "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json",
    ];

    private static readonly string[] ContractTags = ["award", "contract"];

    private readonly OcdsReleaseWriter _releases = new(options);
    private readonly OcdsNoticeReleaseWriter _notices = new(options);
    private readonly PublicLinks _links = new(options.PublicBaseUrl);

    public static DateTime LatestDate(OcdsContractData data) =>
        data.Versions.Select(v => v.PublishedAt).Concat(data.Notices.Select(n => n.ReadyAt!.Value)).Append(data.Contract.UpdatedAt).Max();

    public void WriteReleasePackage(Stream stream, OcdsContractData data)
    {
        using var json = new Utf8JsonWriter(stream, TableParts.JsonOptions);
        WritePackageStart(json, SiteUrls.OcdsReleasePackage(data.Contract.Reference), LatestDate(data));
        json.WriteStartArray("releases");
        _releases.WriteContractRelease(json, data);
        foreach (var version in data.Versions)
        {
            _releases.WriteVersionRelease(json, data, version);
        }

        foreach (var notice in data.Notices)
        {
            _notices.Write(json, _releases.Ocid(data.Contract), data.Contract, notice);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One ready performance notice on its own: /ocds/{reference}/performance-notices/{period}/release-package.json.</summary>
    public void WriteNoticeReleasePackage(Stream stream, Contract contract, PerformanceNotice notice)
    {
        using var json = new Utf8JsonWriter(stream, TableParts.JsonOptions);
        var period = AssessmentPeriod.FromCodes(notice.FromQuarterCode, notice.ToQuarterCode);
        WritePackageStart(json, SiteUrls.OcdsNoticeReleasePackage(contract.Reference, period.Slug), notice.ReadyAt!.Value);
        json.WriteStartArray("releases");
        _notices.Write(json, _releases.Ocid(contract), contract, notice);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public void WriteRecordPackage(Stream stream, OcdsContractData data)
    {
        using var json = new Utf8JsonWriter(stream, TableParts.JsonOptions);
        WriteRecordPackageStart(json, SiteUrls.OcdsRecordPackage(data.Contract.Reference), LatestDate(data), [data.Contract.Reference]);
        WriteRecord(json, data);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Opens a record package and its records array; the caller writes records and closes both.</summary>
    public void WriteRecordPackageStart(Utf8JsonWriter json, string path, DateTime publishedDate, IReadOnlyList<string>? contractReferences)
    {
        WritePackageStart(json, path, publishedDate);
        if (contractReferences is not null)
        {
            json.WriteStartArray("packages");
            foreach (var reference in contractReferences)
            {
                json.WriteStringValue(_links.Absolute(SiteUrls.OcdsReleasePackage(reference)).AbsoluteUri);
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("records");
    }

    /// <summary>
    /// The opening (up to and including the records array's bracket) and closing of a record package at
    /// /downloads/{path}, dated <paramref name="publishedDate"/> (the build's date when the package has no records).
    /// </summary>
    public (byte[] Header, byte[] Footer) RecordPackageFraming(string path, DateTime? publishedDate)
    {
        using var stream = new MemoryStream();
        using var json = new Utf8JsonWriter(stream, TableParts.JsonOptions);
        WriteRecordPackageStart(json, SiteUrls.Downloads + path, publishedDate ?? DateTime.UnixEpoch, contractReferences: null);
        json.Flush();
        var header = stream.ToArray();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return (header, stream.ToArray()[header.Length..]);
    }

    public void WriteRecord(Utf8JsonWriter json, OcdsContractData data)
    {
        var ocid = _releases.Ocid(data.Contract);
        var package = _links.Absolute(SiteUrls.OcdsReleasePackage(data.Contract.Reference)).AbsoluteUri;
        json.WriteStartObject();
        json.WriteString("ocid", ocid);
        json.WriteStartArray("releases");
        var linked = data.Versions
            .Select(v => (Id: OcdsReleaseWriter.VersionReleaseId(ocid, v), Date: v.PublishedAt, Tags: OcdsReleaseWriter.VersionTags(v)))
            .Prepend((Id: OcdsReleaseWriter.ContractReleaseId(ocid), Date: data.Contract.UpdatedAt, Tags: ContractTags))
            .Concat(data.Notices.Select(n => (Id: OcdsNoticeReleaseWriter.ReleaseId(ocid, n), Date: n.ReadyAt!.Value, Tags: OcdsNoticeReleaseWriter.Tags)));

        // OCDS requires linked releases in date order, oldest first.
        foreach (var (id, date, tags) in linked.OrderBy(r => r.Date))
        {
            WriteLinkedRelease(json, package, id, date, tags);
        }

        json.WriteEndArray();
        json.WritePropertyName("compiledRelease");
        _releases.WriteCompiledRelease(json, data);
        json.WriteEndObject();
    }

    private static void WriteLinkedRelease(Utf8JsonWriter json, string package, string id, DateTime date, string[] tags)
    {
        json.WriteStartObject();
        json.WriteString("url", $"{package}#{id}");
        json.WriteString("date", PublicFormat.DateTime(date));
        json.WriteStartArray("tag");
        foreach (var tag in tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WritePackageStart(Utf8JsonWriter json, string path, DateTime publishedDate)
    {
        json.WriteStartObject();
        json.WriteString("uri", _links.Absolute(path).AbsoluteUri);
        json.WriteString("version", "1.1");
        json.WriteStartArray("extensions");
        foreach (var extension in Extensions)
        {
            json.WriteStringValue(extension);
        }

        json.WriteEndArray();
        json.WriteString("publishedDate", PublicFormat.DateTime(publishedDate));
        json.WriteStartObject("publisher");
        json.WriteString("name", options.PublisherName);
        json.WriteString("uri", options.PublicBaseUrl.AbsoluteUri);
        json.WriteEndObject();
        json.WriteString("license", options.LicenceUrl.AbsoluteUri);
    }
}
