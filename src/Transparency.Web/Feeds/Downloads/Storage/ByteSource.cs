namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>A run of bytes a served file is made of: held in memory (a header, a separator) or a stored blob file.</summary>
public sealed class ByteSource
{
    private ByteSource(byte[]? bytes, string? path, long length)
    {
        Bytes = bytes;
        FilePath = path;
        Length = length;
    }

    public byte[]? Bytes { get; }

    public string? FilePath { get; }

    public long Length { get; }

    public static ByteSource Of(byte[] bytes) => new(bytes, null, bytes.Length);

    public static ByteSource File(string path, long length) => new(null, path, length);
}
