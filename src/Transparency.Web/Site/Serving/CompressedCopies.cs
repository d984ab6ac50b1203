using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// Brotli and gzip copies of the site's text files, made the first time a browser asks for one and kept beside the
/// file (<c>index.html.br</c>), so every later request sends bytes already compressed. Not made at build time: a
/// national build writes about half a million files and the file system's cost of creating them dominates it
/// (README, the <c>site</c> benchmark); two copies of each would triple that for files most readers never open.
/// A copy carries its source's modification time, so a page rewritten in place by an incremental build is
/// compressed again instead of sending the old page's copy.
/// </summary>
public static class CompressedCopies
{
    /// <summary>Below this, compression saves less than the headers it adds.</summary>
    private const long SmallestWorthCompressing = 1024;

    /// <summary>Bigger files (the largest CSV tables) are sent as they are rather than compressed inside one request.</summary>
    private const long LargestCompressedOnRequest = 16 * 1024 * 1024;

    private static readonly string[] CompressibleTypes =
        ["text/", "application/json", "application/ld+json", "application/xml", "application/atom+xml", "application/javascript", "image/svg+xml"];

    public static bool IsCompressible(string contentType, long length) =>
        length is >= SmallestWorthCompressing and <= LargestCompressedOnRequest
        && CompressibleTypes.Any(t => contentType.StartsWith(t, StringComparison.Ordinal));

    /// <summary>The encoding the request prefers among those offered: "br", then "gzip"; null for the file as it is.</summary>
    public static string? Preferred(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        double Quality(string name) =>
            accepted.Where(a => a.Value.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        if (Quality("br") > 0)
        {
            return "br";
        }

        return Quality("gzip") > 0 ? "gzip" : null;
    }

    /// <summary>The path of an up-to-date copy of <paramref name="source"/> in <paramref name="encoding"/>, making it if need be; null if it cannot be written.</summary>
    public static string? CopyOf(string source, DateTime sourceModified, string encoding)
    {
        var copy = source + (encoding == "br" ? ".br" : ".gz");
        if (File.Exists(copy) && File.GetLastWriteTimeUtc(copy) == sourceModified)
        {
            return copy;
        }

        // Written beside its address and renamed over it, so a concurrent reader never sends half a copy.
        var staging = copy + ".writing-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var input = File.OpenRead(source))
            using (var output = File.Create(staging))
            using (var compressor = Compressor(encoding, output, input.Length))
            {
                input.CopyTo(compressor);
            }

            File.SetLastWriteTimeUtc(staging, sourceModified);
            File.Move(staging, copy, overwrite: true);
            return copy;
        }
        catch (IOException)
        {
            File.Delete(staging);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            // A read-only site folder (an exported site mounted read-only): send the file as it is.
            return null;
        }
    }

    /// <summary>Small files (pages) get the best ratio, big ones (CSV tables) a faster setting, since a request waits for it.</summary>
    private static Stream Compressor(string encoding, Stream output, long length)
    {
        var big = length > 1024 * 1024;
        return encoding == "br"
            ? new BrotliStream(output, new BrotliCompressionOptions { Quality = big ? 5 : 9 })
            : new GZipStream(output, big ? CompressionLevel.Optimal : CompressionLevel.SmallestSize);
    }

    public static void MarkVaries(HttpResponse response) => response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
}
