using System.IO.Compression;
using System.IO.Hashing;
using Transparency.Web.Feeds.Downloads.Storage;

namespace Transparency.Tests.Feeds.Downloads;

/// <summary>A gzip member joined from pieces compressed separately is ordinary gzip, and its CRC is combined correctly.</summary>
public sealed class GzipMemberTests
{
    [Fact]
    public void Combine_OfAnySplit_IsTheCrcOfTheWhole()
    {
        var random = new Random(13);
        for (var round = 0; round < 200; round++)
        {
            var data = new byte[random.Next(0, 5000)];
            random.NextBytes(data);
            var split = random.Next(0, data.Length + 1);

            var combined = Crc32Combine.Combine(Crc32.HashToUInt32(data.AsSpan(0, split)), Crc32.HashToUInt32(data.AsSpan(split)), data.Length - split);

            Assert.Equal(Crc32.HashToUInt32(data), combined);
        }
    }

    [Fact]
    public void Member_OfSeparatelyCompressedPieces_DecodesWithDotNetAndSharpZipLib()
    {
        var random = new Random(7);
        var pieces = Enumerable.Range(0, 12).Select(i => i % 3 == 0
            ? Enumerable.Repeat((byte)'x', random.Next(1, 200_000)).ToArray()
            : RandomText(random, random.Next(1, 70_000))).ToList();
        var whole = pieces.SelectMany(p => p).ToArray();

        var gzip = Read(new SegmentStream(GzipMember.Of([.. pieces.Select(Segment.Literal)]), lease: null));
        using var dotnet = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        using var sharp = new ICSharpCode.SharpZipLib.GZip.GZipInputStream(new MemoryStream(gzip));

        Assert.Equal(whole, Read(dotnet));
        Assert.Equal(whole, Read(sharp));
    }

    [Fact]
    public void SegmentStream_SeeksAndReadsAcrossPieces()
    {
        var pieces = new[] { "abc"u8.ToArray(), Array.Empty<byte>(), "defgh"u8.ToArray(), "i"u8.ToArray() };
        using var stream = new SegmentStream([.. pieces.Select(ByteSource.Of)], lease: null);
        var buffer = new byte[5];

        stream.Seek(2, SeekOrigin.Begin);
        var read = stream.Read(buffer, 0, 5);

        Assert.Equal(9, stream.Length);
        Assert.Equal(5, read);
        Assert.Equal("cdefg"u8.ToArray(), buffer);
        Assert.Equal(2, stream.Read(buffer, 0, 5));
    }

    private const string Alphabet = "abcdefghij ,\r\n0123456789";

    private static byte[] RandomText(Random random, int length) =>
        [.. Enumerable.Range(0, length).Select(_ => (byte)Alphabet[random.Next(Alphabet.Length)])];

    private static byte[] Read(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        stream.Dispose();
        return copy.ToArray();
    }
}
