using System.Globalization;
using System.IO.Compression;

namespace Transparency.Benchmarks;

/// <summary>
/// The HTML bytes of a built site's pages by template (an address with its identifiers replaced, such as
/// <c>/providers/{id}/</c>): how many pages, their mean and largest size as written, and the mean size a browser
/// receives with gzip and Brotli, measured on up to <see cref="Sample"/> pages of each template.
/// </summary>
public static class SitePageSizes
{
    private const int Sample = 40;

    public static void Print(string folder)
    {
        var pages = Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
            .Select(path => (Template: Template(Path.GetRelativePath(folder, Path.GetDirectoryName(path)!)), Path: path))
            .GroupBy(p => p.Template, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        Console.WriteLine("  HTML bytes per page by template: pages, mean and largest as written, mean gzip and Brotli (sample)");
        foreach (var template in pages)
        {
            var sizes = template.Select(p => new FileInfo(p.Path).Length).ToList();
            var sample = template.Take(Sample).Select(p => File.ReadAllBytes(p.Path)).ToList();
            var gzip = sample.Average(b => Compressed(b, s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true)));
            var brotli = sample.Average(b => Compressed(b, s => new BrotliStream(s, new BrotliCompressionOptions { Quality = 9 }, leaveOpen: true)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {template.Key,-42} {sizes.Count,8:N0} {sizes.Average(),10:N0} {sizes.Max(),10:N0} {gzip,9:N0} {brotli,9:N0}"));
        }
    }

    /// <summary>
    /// An address with identifiers as {id} (a segment holding a digit, or any segment under a folder of
    /// organisations or contracts, whose identifiers may be letters only) and one-letter A-to-Z segments as {letter}.
    /// </summary>
    private static string Template(string relativeFolder)
    {
        string[] collections = ["commissioners", "contracts", "subcontractors", "group"];
        string[] providerLists = ["sector", "legal-form", "group"];
        var segments = relativeFolder == "." ? [] : relativeFolder.Split(Path.DirectorySeparatorChar);
        var named = segments.Select((s, i) =>
        {
            var parent = i > 0 ? segments[i - 1] : string.Empty;
            if (s.Length == 1)
            {
                return "{letter}";
            }

            var isIdentifier = s.Any(char.IsDigit) || collections.Contains(parent) || (parent == "providers" && !providerLists.Contains(s));
            return isIdentifier ? "{id}" : s;
        });
        return "/" + string.Concat(named.Select(s => s + "/"));
    }

    private static long Compressed(byte[] content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(content);
        }

        return output.Length;
    }
}
