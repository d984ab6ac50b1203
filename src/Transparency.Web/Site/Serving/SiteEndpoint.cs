using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Transparency.Web.Site.Pages;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// Serves the built site as the portal's fallback endpoint: anything no other endpoint answers is looked up
/// in the current site generation, folder addresses by their index.html, and the 404 page otherwise. Being an
/// endpoint rather than middleware, it never shadows the API, the provider portal or health checks. Stylesheets,
/// scripts and icons come from the site too (the build copies them in), else from wwwroot before the first build,
/// so every file goes over the wire the same way (<see cref="SiteDelivery"/>).
/// </summary>
public static class SiteEndpoint
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task HandleAsync(HttpContext context, IFileProvider files)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (!path.Contains("..", StringComparison.Ordinal))
        {
            var file = Find(files, path);
            if (file is not null)
            {
                await SendAsync(context, file, StatusCodes.Status200OK);
                return;
            }

            if (CanonicalAddress(files, path) is { } canonical)
            {
                context.Response.Redirect(canonical + context.Request.QueryString, permanent: true);
                return;
            }
        }

        var notFound = files.GetFileInfo(HomePages.NotFoundUrl);
        if (notFound.Exists)
        {
            await SendAsync(context, notFound, StatusCodes.Status404NotFound);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>
    /// The address a near miss means: a folder without its trailing slash, or an identifier written in capitals as
    /// documents print it (<c>/contracts/DEMO-000068/</c>) where the site's addresses are lower case
    /// (<see cref="Model.SiteUrls"/>). Null when neither form exists, so the 404 page answers.
    /// </summary>
    private static string? CanonicalAddress(IFileProvider files, string path)
    {
        foreach (var candidate in new[] { path, path.ToLowerInvariant() }.Distinct(StringComparer.Ordinal))
        {
            if (candidate != path && Find(files, candidate) is not null)
            {
                return candidate;
            }

            if (!candidate.EndsWith('/') && files.GetFileInfo(candidate + "/index.html").Exists)
            {
                return candidate + "/";
            }
        }

        return null;
    }

    private static IFileInfo? Find(IFileProvider files, string path)
    {
        var file = files.GetFileInfo(path.EndsWith('/') ? path + "index.html" : path);
        return file.Exists && !file.IsDirectory ? file : null;
    }

    private static Task SendAsync(HttpContext context, IFileInfo file, int status)
    {
        var type = ContentTypes.TryGetContentType(file.Name, out var known)
            ? (known.StartsWith("text/", StringComparison.Ordinal) ? known + "; charset=utf-8" : known)
            : "application/octet-stream";
        return SiteDelivery.SendAsync(context, file, type, status);
    }
}
