using System.IO.Compression;

namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>
/// Compresses bytes into a raw DEFLATE stream that ends with a sync flush and no final block, so such streams can be
/// joined one after another into a single stream (each starts without history and ends on a byte boundary), closed
/// by one empty final block: the shape zlib documents for concatenating compressed data. .NET's DeflateStream.Flush
/// performs that sync flush; what Dispose adds after it (the final block) is left out.
/// </summary>
public static class RawDeflate
{
    /// <summary>An empty final block with fixed codes: BFINAL=1, BTYPE=01, end-of-block.</summary>
    public static ReadOnlySpan<byte> FinalBlock => [0x03, 0x00];

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(Math.Max(64, data.Length / 4));
        var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true);
        deflate.Write(data);
        deflate.Flush();
        var joinable = output.ToArray();
        deflate.Dispose();
        return joinable;
    }
}
