using System.IO.Hashing;
using System.Security.Cryptography;

namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>
/// Turns a finished part body into a <see cref="StoredPart"/>: stores it in the <see cref="BlobStore"/> unless a blob
/// with the same bytes is already there (so rebuilding unchanged data writes nothing), and records the checksums the
/// manifest needs. Counts what it wrote, for the build's log and the benchmark.
/// </summary>
public sealed class PartStore(BlobStore blobs, PartFramings framings)
{
    public long BytesWritten { get; private set; }

    public int BlobsWritten { get; private set; }

    public int PartsStored { get; private set; }

    public StoredPart Store(string output, string format, int? year, int bucket, ReadOnlyMemory<byte> body, DateTime? latest)
    {
        var span = body.Span;
        var hash = BlobStore.HashOf(span);
        if (!blobs.Has(hash))
        {
            BytesWritten += blobs.Write(hash, span, RawDeflate.Compress(span));
            BlobsWritten++;
        }

        PartsStored++;
        var part = new StoredPart(output, format, year, bucket, hash, span.Length, Crc32.HashToUInt32(span), blobs.DeflatedLength(hash), string.Empty, 0, latest);
        var framing = framings.For(output, format);
        var path = PartPaths.Of(part);
        var header = framing.Header(path, latest);
        var footer = framing.Footer(path, latest);
        using var file = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        file.AppendData(header);
        file.AppendData(span);
        file.AppendData(footer);
        return part with { FileSha256 = Convert.ToHexStringLower(file.GetHashAndReset()), FileBytes = header.Length + span.Length + footer.Length };
    }
}
