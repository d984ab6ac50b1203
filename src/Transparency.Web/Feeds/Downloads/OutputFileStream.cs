using System.IO.Compression;
using System.Security.Cryptography;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// A file being written once to three places: the file itself, a gzip copy beside it (served to clients
/// that accept gzip, so large files are never compressed per request) and a SHA-256 hash.
/// </summary>
public sealed class OutputFileStream : Stream
{
    private readonly string _relativePath;
    private readonly string _mediaType;
    private readonly FileStream _file;
    private readonly FileStream _gzipFile;
    private readonly GZipStream _gzip;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _length;

    public OutputFileStream(string buildFolder, string relativePath, string mediaType)
    {
        _relativePath = relativePath;
        _mediaType = mediaType;
        var path = Path.Combine(buildFolder, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _gzipFile = new FileStream(path + ".gz", FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _gzip = new GZipStream(_gzipFile, CompressionLevel.Fastest, leaveOpen: true);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _file.Write(buffer);
        _gzip.Write(buffer);
        _hash.AppendData(buffer);
        _length += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Closes the three outputs and says what was written.</summary>
    public BuiltFile Complete()
    {
        _gzip.Dispose();
        var gzipBytes = _gzipFile.Length;
        _gzipFile.Dispose();
        _file.Dispose();
        var sha = Convert.ToHexStringLower(_hash.GetHashAndReset());
        return new BuiltFile(_relativePath, _mediaType, _length, sha, gzipBytes);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
            _gzipFile.Dispose();
            _file.Dispose();
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
