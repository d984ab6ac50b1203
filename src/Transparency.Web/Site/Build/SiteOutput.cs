using System.Collections.Concurrent;
using System.Text;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Writes files under one folder, creating folders as needed. UTF-8 without a byte-order mark, LF line ends. Into a
/// folder being served (<paramref name="replaceFiles"/>), each file is written beside its address and renamed over
/// it, so a reader gets the old file or the new one, never part of one.
/// </summary>
public sealed class SiteOutput(string folder, bool replaceFiles = false)
{
    public static UTF8Encoding Utf8 { get; } = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Folders this output has made: a page and its CSV files share one, and asking the file system again for each file cost a system call.</summary>
    private readonly ConcurrentDictionary<string, byte> _created = new(StringComparer.Ordinal);

    private long _staged;

    public string Folder { get; } = Path.GetFullPath(folder);

    public bool ReplacesFiles => replaceFiles;

    public async Task WriteAsync(string relativePath, string content, CancellationToken cancellationToken)
    {
        var path = Prepare(relativePath);
        var staging = Staging(path);
        await File.WriteAllTextAsync(staging, content, Utf8, cancellationToken);
        Publish(staging, path);
    }

    /// <summary>Synchronous on purpose: builds write many small files, where async file I/O only adds thread-pool hops.</summary>
    public void Write(string relativePath, string content)
    {
        var path = Prepare(relativePath);
        var staging = Staging(path);
        File.WriteAllText(staging, content, Utf8);
        Publish(staging, path);
    }

    /// <summary>
    /// Writes a file the caller has already encoded (a rendered page, a CSV file) with one system call and no stream
    /// or buffer of its own.
    /// </summary>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var path = Prepare(relativePath);
        var staging = Staging(path);
        using (var file = File.OpenHandle(staging, FileMode.Create, FileAccess.Write, FileShare.Read))
        {
            RandomAccess.Write(file, content, fileOffset: 0);
        }

        Publish(staging, path);
    }

    public string PathFor(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, relativePath.TrimStart('/')));
        if (!path.StartsWith(Folder, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{relativePath}' would be written outside the site folder.");
        }

        return path;
    }

    private string Staging(string path) =>
        replaceFiles ? path + ".writing-" + Interlocked.Increment(ref _staged).ToString(System.Globalization.CultureInfo.InvariantCulture) : path;

    private void Publish(string staging, string path)
    {
        if (replaceFiles)
        {
            File.Move(staging, path, overwrite: true);
        }
    }

    private string Prepare(string relativePath)
    {
        var path = PathFor(relativePath);
        var folder = Path.GetDirectoryName(path)!;
        if (_created.TryAdd(folder, 0))
        {
            Directory.CreateDirectory(folder);
        }

        return path;
    }
}
