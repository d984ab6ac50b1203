using Microsoft.Win32.SafeHandles;

namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>
/// A read-only, seekable stream over byte sources laid end to end, so ASP.NET Core's file results handle byte ranges
/// and conditional requests on an assembled file as on any other. Blob files are opened only when reading reaches
/// them and closed when it moves on; a HEAD request or a 304 opens none. Disposing ends the lease that keeps the
/// blobs from being removed while the response is sent.
/// </summary>
public sealed class SegmentStream : Stream
{
    private readonly IReadOnlyList<ByteSource> _sources;
    private readonly long[] _starts;
    private readonly IDisposable? _lease;
    private long _position;
    private int _openIndex = -1;
    private SafeFileHandle? _open;

    public SegmentStream(IReadOnlyList<ByteSource> sources, IDisposable? lease)
    {
        _sources = sources;
        _lease = lease;
        _starts = new long[sources.Count + 1];
        for (var i = 0; i < sources.Count; i++)
        {
            _starts[i + 1] = _starts[i] + sources[i].Length;
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _starts[^1];

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = 0;
        while (buffer.Length > 0 && _position < Length)
        {
            var index = IndexAt(_position);
            var source = _sources[index];
            var within = _position - _starts[index];
            var count = (int)Math.Min(buffer.Length, source.Length - within);
            var read = source.Bytes is { } bytes
                ? Copy(bytes, within, buffer[..count])
                : RandomAccess.Read(Handle(index, source), buffer[..count], within);
            if (read == 0)
            {
                throw new IOException($"The stored part {source.FilePath} is shorter than its manifest says.");
            }

            _position += read;
            total += read;
            buffer = buffer[read..];
        }

        return total;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _open?.Dispose();
            _open = null;
            _lease?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static int Copy(byte[] bytes, long from, Span<byte> destination)
    {
        bytes.AsSpan((int)from, destination.Length).CopyTo(destination);
        return destination.Length;
    }

    private int IndexAt(long position)
    {
        var found = Array.BinarySearch(_starts, position);
        var index = found >= 0 ? found : ~found - 1;

        // Skip empty sources that start where the next one does.
        while (index < _sources.Count - 1 && _starts[index + 1] <= position)
        {
            index++;
        }

        return index;
    }

    private SafeFileHandle Handle(int index, ByteSource source)
    {
        if (_openIndex != index)
        {
            _open?.Dispose();
            _open = File.OpenHandle(source.FilePath!, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            _openIndex = index;
        }

        return _open!;
    }
}
