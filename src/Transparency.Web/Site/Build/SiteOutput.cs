using System.Text;

namespace Transparency.Web.Site.Build;

/// <summary>Writes files under one folder, creating folders as needed. UTF-8 without a byte-order mark, LF line ends.</summary>
public sealed class SiteOutput(string folder)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task WriteAsync(string relativePath, string content, CancellationToken cancellationToken)
    {
        var path = PathFor(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, content, Utf8, cancellationToken);
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
}
