using System.Globalization;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// How a file of the site goes over the wire: compressed when the browser accepts it (<see cref="CompressedCopies"/>),
/// with an <c>ETag</c> that answers a repeated request with 304, and a <c>Cache-Control</c> lifetime: a year and
/// immutable for an asset asked for by its content's version (<see cref="AssetFingerprints"/>), a minute for
/// everything else, so a publication reaches readers within a minute of the site's rebuild.
/// </summary>
public static class SiteDelivery
{
    public const string PageCaching = "public, max-age=60";
    public const string FingerprintedCaching = "public, max-age=31536000, immutable";

    private static readonly string[] AssetTypes = ["text/css", "text/javascript", "application/javascript", "image/", "font/"];

    public static async Task SendAsync(HttpContext context, IFileInfo file, string contentType, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers.LastModified = file.LastModified.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.CacheControl = status != StatusCodes.Status200OK ? "no-cache"
            : IsFingerprinted(context.Request, file, contentType) ? FingerprintedCaching : PageCaching;

        var (physical, encoding) = Representation(context.Request, file, contentType);
        if (CompressedCopies.IsCompressible(contentType, file.Length))
        {
            CompressedCopies.MarkVaries(response);
        }

        var length = encoding is null ? file.Length : new FileInfo(physical!).Length;
        var tag = new EntityTagHeaderValue(EntityTag(file, encoding));
        if (status == StatusCodes.Status200OK)
        {
            response.Headers.ETag = tag.ToString();
            if (IsNotModified(context.Request, tag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        response.ContentLength = length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        if (encoding is null)
        {
            await response.SendFileAsync(file, context.RequestAborted);
        }
        else
        {
            await response.SendFileAsync(physical!, 0, length, context.RequestAborted);
        }
    }

    private static (string? Physical, string? Encoding) Representation(HttpRequest request, IFileInfo file, string contentType)
    {
        if (file.PhysicalPath is null || !CompressedCopies.IsCompressible(contentType, file.Length) || CompressedCopies.Preferred(request) is not { } encoding)
        {
            return (null, null);
        }

        var copy = CompressedCopies.CopyOf(file.PhysicalPath, file.LastModified.UtcDateTime, encoding);
        return copy is null ? (null, null) : (copy, encoding);
    }

    /// <summary>One tag per content and encoding: the source's length and modification time, and the encoding sent.</summary>
    private static string EntityTag(IFileInfo file, string? encoding) =>
        "\"" + file.Length.ToString("x", CultureInfo.InvariantCulture) + "-" + file.LastModified.UtcTicks.ToString("x", CultureInfo.InvariantCulture)
        + (encoding is null ? string.Empty : "-" + encoding) + "\"";

    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue tag)
    {
        var asked = request.GetTypedHeaders().IfNoneMatch;
        return asked.Count > 0 && asked.Any(a => a.Equals(EntityTagHeaderValue.Any) || a.Compare(tag, useStrongComparison: false));
    }

    /// <summary>Only assets are fingerprinted, which also bounds the files whose content a request can make the portal hash.</summary>
    private static bool IsFingerprinted(HttpRequest request, IFileInfo file, string contentType) =>
        request.Query.TryGetValue(AssetFingerprints.QueryKey, out var asked) && file.PhysicalPath is not null
        && AssetTypes.Any(t => contentType.StartsWith(t, StringComparison.Ordinal))
        && string.Equals(asked.ToString(), AssetFingerprints.Of(new FileInfo(file.PhysicalPath)), StringComparison.Ordinal);
}
