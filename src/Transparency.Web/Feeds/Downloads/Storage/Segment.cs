using System.IO.Hashing;
using System.Security.Cryptography;

namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>
/// One piece of a served file, with its joinable DEFLATE form (<see cref="RawDeflate"/>) and its CRC-32, so the file
/// can be sent plain or as one gzip member made of the pieces' compressed forms without compressing anything again:
/// a blob's compressed form is stored beside it; a small literal (a header, a comma) is compressed when first needed.
/// <see cref="Identity"/> names the content, for entity tags.
/// </summary>
public sealed class Segment
{
    private readonly Lazy<ByteSource> _deflated;

    private Segment(ByteSource plain, Func<ByteSource> deflated, uint crc, string identity)
    {
        Plain = plain;
        _deflated = new Lazy<ByteSource>(deflated);
        Crc = crc;
        Identity = identity;
    }

    public ByteSource Plain { get; }

    public ByteSource Deflated => _deflated.Value;

    public uint Crc { get; }

    public string Identity { get; }

    public static Segment Literal(byte[] bytes) =>
        new(ByteSource.Of(bytes), () => ByteSource.Of(RawDeflate.Compress(bytes)), Crc32.HashToUInt32(bytes), "literal:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));

    public static Segment Blob(BlobStore blobs, StoredPart part) =>
        new(ByteSource.File(blobs.BodyPath(part.Blob), part.Bytes), () => ByteSource.File(blobs.DeflatedPath(part.Blob), part.DeflatedBytes), part.Crc, "blob:" + part.Blob);
}
