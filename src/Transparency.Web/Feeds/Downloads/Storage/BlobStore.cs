using System.Security.Cryptography;

namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>
/// Part bodies stored once each, named by the SHA-256 of their bytes (data/downloads/blobs/ab/abcd…), beside their
/// joinable DEFLATE form (….deflate). A blob is never changed: a build that produces the same bytes as one already
/// stored writes nothing, and a new build is a new manifest that names the blobs it uses. Each file is written under
/// a temporary name and renamed into place, the compressed form first, so a blob whose body file exists is whole;
/// temporary files and blobs no kept manifest names (left by a crash) are removed by <see cref="RemoveAllExcept"/>.
/// </summary>
public sealed class BlobStore(string folder)
{
    private const string DeflatedSuffix = ".deflate";
    private const string TemporaryPrefix = ".tmp-";

    public string Folder { get; } = folder;

    public static string HashOf(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    public string BodyPath(string hash) => Path.Combine(Folder, hash[..2], hash);

    public string DeflatedPath(string hash) => BodyPath(hash) + DeflatedSuffix;

    public bool Has(string hash) => File.Exists(BodyPath(hash)) && File.Exists(DeflatedPath(hash));

    public long DeflatedLength(string hash) => new FileInfo(DeflatedPath(hash)).Length;

    /// <summary>True when both files of the part's blob exist with the lengths the manifest records.</summary>
    public bool IsWhole(StoredPart part)
    {
        var body = new FileInfo(BodyPath(part.Blob));
        var deflated = new FileInfo(DeflatedPath(part.Blob));
        return body.Exists && deflated.Exists && body.Length == part.Bytes && deflated.Length == part.DeflatedBytes;
    }

    /// <summary>Stores a body and its compressed form; returns the bytes written.</summary>
    public long Write(string hash, ReadOnlySpan<byte> body, ReadOnlySpan<byte> deflated)
    {
        var target = BodyPath(hash);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        WriteFile(DeflatedPath(hash), deflated);
        WriteFile(target, body);
        return body.Length + deflated.Length;
    }

    /// <summary>Removes every blob not in <paramref name="keep"/> and every temporary file; returns how many blobs went.</summary>
    public int RemoveAllExcept(IReadOnlySet<string> keep)
    {
        if (!Directory.Exists(Folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            var hash = name.EndsWith(DeflatedSuffix, StringComparison.Ordinal) ? name[..^DeflatedSuffix.Length] : name;
            if (!name.StartsWith(TemporaryPrefix, StringComparison.Ordinal) && keep.Contains(hash))
            {
                continue;
            }

            File.Delete(file);
            if (!name.EndsWith(DeflatedSuffix, StringComparison.Ordinal) && !name.StartsWith(TemporaryPrefix, StringComparison.Ordinal))
            {
                removed++;
            }
        }

        return removed;
    }

    private static void WriteFile(string path, ReadOnlySpan<byte> bytes)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $"{TemporaryPrefix}{Guid.NewGuid():N}");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            stream.Write(bytes);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
