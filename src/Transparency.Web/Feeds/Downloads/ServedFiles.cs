using System.Security.Cryptography;
using System.Text;
using Transparency.Web.Feeds.Downloads.Storage;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Every file a manifest serves: each part on its own (parts/…), each table whole and per financial year, the OCDS
/// record package and the 360Giving package (only when there are grants) joined from their parts, then
/// datapackage.json and SHA256SUMS, which describe them. Nothing here reads a blob: lengths, CRCs and checksums come
/// from the manifest.
/// </summary>
public static class ServedFiles
{
    private const string Csv = "text/csv; charset=utf-8";
    private const string Json = "application/json; charset=utf-8";

    public static Dictionary<string, ServedFile> Create(DownloadsManifest manifest, BlobStore blobs, PartFramings framings, IReadOnlyList<IDownloadTable> tables, FeedsOptions options)
    {
        var files = new Dictionary<string, ServedFile>(StringComparer.Ordinal);
        var literals = new Dictionary<byte[], Segment>(ReferenceEqualityComparer.Instance);
        var byOutput = manifest.Parts.ToLookup(p => (p.Output, p.Format));

        void Add(ServedFile file) => files[file.Path] = file;
        Segment Literal(byte[] bytes) => literals.TryGetValue(bytes, out var segment) ? segment : literals[bytes] = Segment.Literal(bytes);

        ServedFile Join(PartFraming framing, string path, IEnumerable<StoredPart> parts, DateTime? latest, string? sha256 = null, bool immutable = false)
        {
            var segments = new List<Segment> { Literal(framing.Header(path, latest)) };
            var first = true;
            foreach (var part in parts)
            {
                if (!first && framing.Separator.Length > 0)
                {
                    segments.Add(Literal(framing.Separator));
                }

                segments.Add(Segment.Blob(blobs, part));
                first = false;
            }

            var footer = framing.Footer(path, latest);
            if (footer.Length > 0)
            {
                segments.Add(Literal(footer));
            }

            return new ServedFile(path, framing.MediaType == "text/csv" ? Csv : Json, segments, sha256, immutable);
        }

        foreach (var table in tables)
        {
            foreach (var format in new[] { "csv", "json" })
            {
                var framing = framings.For(table.Name, format);
                var parts = byOutput[(table.Name, format)].ToList();
                Add(Join(framing, SiteUrls.DownloadPath(format, table.Name), parts, null));
                foreach (var year in parts.Where(p => p.Year is not null).GroupBy(p => p.Year!.Value))
                {
                    Add(Join(framing, SiteUrls.DownloadPath(format, table.Name, year.Key), year, null));
                }

                foreach (var part in parts)
                {
                    Add(Join(framing, PartPaths.Of(part), [part], null, part.FileSha256, immutable: true));
                }
            }
        }

        AddPackage(framings.For(PartPaths.Ocds, "json"), DownloadsBuilder.OcdsRecordsPath, byOutput[(PartPaths.Ocds, "json")].ToList(), required: true);
        AddPackage(framings.For(PartPaths.Grants, "json"), DownloadsBuilder.GrantsPath, byOutput[(PartPaths.Grants, "json")].ToList(), required: false);

        var package = Document(DataPackageWriter.FileName, Json, DataPackageWriter.Write(options, manifest.AsOf, tables, manifest.Parts, files));
        Add(package);
        var sums = files.Values.Where(f => f.Sha256 is not null).OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => $"{f.Sha256}  {f.Path}\n");
        Add(Document(DownloadsBuilder.ChecksumsName, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(string.Concat(sums))));
        return files;

        void AddPackage(PartFraming framing, string path, List<StoredPart> parts, bool required)
        {
            if (parts.Count == 0 && !required)
            {
                return;
            }

            Add(Join(framing, path, parts, parts.Max(p => p.Latest) ?? manifest.AsOf));
            foreach (var part in parts)
            {
                Add(Join(framing, PartPaths.Of(part), [part], part.Latest, part.FileSha256, immutable: true));
            }
        }
    }

    private static ServedFile Document(string path, string mediaType, byte[] bytes) =>
        new(path, mediaType, [Segment.Literal(bytes)], Convert.ToHexStringLower(SHA256.HashData(bytes)), immutable: false);
}
