using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// The version query that lets a browser keep a stylesheet, script or icon for a year: <c>?v=</c> and the base64url
/// SHA-256 of the file's content, the value ASP.NET Core's <c>asp-append-version</c> writes. Pages ask for
/// <see cref="Url"/>; <see cref="SiteDelivery"/> marks an answer immutable only when the query names the content it
/// sends, so a stale page asking for an old version is never told to keep the new file for a year.
/// </summary>
public static class AssetFingerprints
{
    public const string QueryKey = "v";

    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), string> Known = new();

    /// <summary><paramref name="address"/> with the version of the file it names under <paramref name="webRoot"/>; the address alone when there is no such file.</summary>
    public static string Url(string webRoot, string address)
    {
        var file = new FileInfo(Path.Combine(webRoot, address.TrimStart('/')));
        return file.Exists ? address + "?" + QueryKey + "=" + Of(file) : address;
    }

    /// <summary>The version of a file's current content, remembered by path, length and modification time.</summary>
    public static string Of(FileInfo file) =>
        Known.GetOrAdd((file.FullName, file.Length, file.LastWriteTimeUtc), key =>
        {
            using var stream = File.OpenRead(key.Path);
            return WebEncoders.Base64UrlEncode(SHA256.HashData(stream));
        });
}
