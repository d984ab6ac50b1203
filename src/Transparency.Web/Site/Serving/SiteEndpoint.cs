using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Transparency.Web.Site.Pages;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// Serves the built site as the portal's fallback endpoint: anything no other endpoint answers is looked up
/// in the current site generation, folder addresses by their index.html, then the redirects of
/// <see cref="SiteRedirects"/>, and the 404 page otherwise. Being an
/// endpoint rather than middleware, it never shadows the API, the provider portal or health checks.
/// </summary>
public static class SiteEndpoint
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task HandleAsync(HttpContext context, SiteFileProvider files)
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

            if (!path.EndsWith('/') && files.GetFileInfo(path + "/index.html").Exists)
            {
                context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: true);
                return;
            }

            if (SiteRedirects.Find(path, p => Find(files, p) is not null) is { } redirect)
            {
                context.Response.Redirect(redirect.Location + context.Request.QueryString, redirect.Permanent);
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

    private static IFileInfo? Find(SiteFileProvider files, string path)
    {
        var file = files.GetFileInfo(path.EndsWith('/') ? path + "index.html" : path);
        return file.Exists && !file.IsDirectory ? file : null;
    }

    private static async Task SendAsync(HttpContext context, IFileInfo file, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.TryGetContentType(file.Name, out var type)
            ? (type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type)
            : "application/octet-stream";
        context.Response.ContentLength = file.Length;
        context.Response.Headers.LastModified = file.LastModified.ToString("R");
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(file, context.RequestAborted);
        }
    }
}
