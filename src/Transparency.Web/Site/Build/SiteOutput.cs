using System.Text;

namespace Transparency.Web.Site.Build;

/// <summary>Writes files under one folder, creating folders as needed. UTF-8 without a byte-order mark, LF line ends.</summary>
public sealed class SiteOutput(string folder)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task WriteAsync(string relativePath, string content, CancellationToken cancellationToken) =>
        await File.WriteAllTextAsync(Prepare(relativePath), content, Utf8, cancellationToken);

    /// <summary>Synchronous on purpose: builds write many small files, where async file I/O only adds thread-pool hops.</summary>
    public void Write(string relativePath, string content) => File.WriteAllText(Prepare(relativePath), content, Utf8);

    /// <summary>A buffered writer for a file the caller streams into (a rendered page).</summary>
    public StreamWriter CreateText(string relativePath) => new(Prepare(relativePath), append: false, Utf8, bufferSize: 1 << 16);

    public string PathFor(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, relativePath.TrimStart('/')));
        if (!path.StartsWith(Folder, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{relativePath}' would be written outside the site folder.");
        }

        return path;
    }

    private string Prepare(string relativePath)
    {
        var path = PathFor(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
