using System.Buffers.Binary;

namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>
/// A single-member gzip file (RFC 1952) made of segments compressed once: a fixed header (no name, no time, so every
/// instance sends the same bytes), the segments' joinable DEFLATE streams, one empty final block, and a trailer whose
/// CRC-32 is combined from the segments' CRCs and whose size is their total length modulo 2^32. Browsers, curl
/// --compressed and every gzip library read it as an ordinary gzip file.
/// </summary>
public static class GzipMember
{
    /// <summary>ID1 ID2, CM=deflate, no flags, MTIME 0, XFL 0, OS unknown.</summary>
    private static readonly byte[] Header = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff];

    public static IReadOnlyList<ByteSource> Of(IReadOnlyList<Segment> segments)
    {
        var sources = new List<ByteSource>(segments.Count + 2) { ByteSource.Of(Header) };
        var crc = 0u;
        var length = 0L;
        foreach (var segment in segments)
        {
            sources.Add(segment.Deflated);
            crc = Crc32Combine.Combine(crc, segment.Crc, segment.Plain.Length);
            length += segment.Plain.Length;
        }

        var trailer = new byte[RawDeflate.FinalBlock.Length + 8];
        RawDeflate.FinalBlock.CopyTo(trailer);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer.AsSpan(2), crc);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer.AsSpan(6), unchecked((uint)length));
        sources.Add(ByteSource.Of(trailer));
        return sources;
    }
}
