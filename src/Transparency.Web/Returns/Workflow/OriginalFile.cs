using System.IO.Compression;
using System.Security.Cryptography;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Parsing;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// The bytes kept for a version and their SHA-256. One file is kept as sent. Several CSV files are kept
/// together in a .zip built deterministically (sorted names, no compression, fixed dates), so the same files
/// always give the same bytes and the same hash whatever order they came in.
/// </summary>
public sealed record OriginalFile(string DisplayName, string Extension, byte[] Content, string Sha256)
{
    private const int MaxNameLength = 260;
    private static readonly DateTimeOffset FixedDate = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static OriginalFile From(IReadOnlyList<UploadedFile> files)
    {
        if (files.Count == 1)
        {
            return Create(files[0].DisplayName, files[0].Extension, files[0].Content);
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files.OrderBy(f => f.DisplayName, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(file.DisplayName, CompressionLevel.NoCompression);
                entry.LastWriteTime = FixedDate;
                using var stream = entry.Open();
                stream.Write(file.Content);
            }
        }

        var names = string.Join(", ", files.Select(f => f.DisplayName).Order(StringComparer.Ordinal));
        return Create(names, ".zip", buffer.ToArray());
    }

    /// <summary>The files to read again from a stored original, for the preview and the publish.</summary>
    public static IReadOnlyList<UploadedFile> ToUploadedFiles(ReturnVersion version, byte[] content) =>
        version.Format == UploadFormat.Csv && Path.GetExtension(version.StoredFileName) == ".zip"
            ? [new UploadedFile("csv-files.zip", content)]
            : [new UploadedFile(version.OriginalFileName, content)];

    private static OriginalFile Create(string name, string extension, byte[] content) =>
        new(name.Length > MaxNameLength ? name[..MaxNameLength] : name, extension, content, Convert.ToHexStringLower(SHA256.HashData(content)));
}
