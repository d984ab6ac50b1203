using System.Security.Cryptography;
using System.Text;

namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>
/// A file under /downloads/ as the current build serves it: its segments (a part's body with its header and footer,
/// or every part of a table joined), length, media type and a strong entity tag that depends only on the content,
/// so two instances at the same log position answer the same tag. <see cref="Sha256"/> is known for files stored
/// whole (the parts, datapackage.json, SHA256SUMS); a joined file's checksum would mean reading all of it.
/// </summary>
public sealed class ServedFile
{
    private readonly Lazy<IReadOnlyList<ByteSource>> _gzip;

    public ServedFile(string path, string mediaType, IReadOnlyList<Segment> segments, string? sha256, bool immutable)
    {
        Path = path;
        MediaType = mediaType;
        Segments = segments;
        Sha256 = sha256;
        Immutable = immutable;
        Length = segments.Sum(s => s.Plain.Length);
        EntityTag = $"\"{sha256 ?? TagOf(segments)}\"";
        _gzip = new Lazy<IReadOnlyList<ByteSource>>(() => GzipMember.Of(segments));
    }

    public string Path { get; }

    public string MediaType { get; }

    public IReadOnlyList<Segment> Segments { get; }

    public long Length { get; }

    public string? Sha256 { get; }

    /// <summary>True for parts, whose address names their content: they never change.</summary>
    public bool Immutable { get; }

    public string EntityTag { get; }

    public string GzipEntityTag => EntityTag[..^1] + "-gzip\"";

    public long GzipLength => _gzip.Value.Sum(s => s.Length);

    public Stream Open(bool gzip, IDisposable? lease) =>
        new SegmentStream(gzip ? _gzip.Value : [.. Segments.Select(s => s.Plain)], lease);

    private static string TagOf(IReadOnlyList<Segment> segments) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', segments.Select(s => s.Identity)))))[..40];
}
