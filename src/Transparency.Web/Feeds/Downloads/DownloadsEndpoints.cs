using Microsoft.Net.Http.Headers;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Serves /downloads/ from the current build: only files the build lists (no path tricks), assembled from their
/// stored parts as they are sent, with the exact Content-Length, a strong ETag and Last-Modified so conditional
/// requests get 304, byte ranges for resuming, and one gzip member built from the parts' stored compressed forms
/// when the client accepts gzip (its own ETag; ranges apply to the compressed bytes).
/// </summary>
public static class DownloadsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/downloads", [HttpMethods.Get, HttpMethods.Head], () => Results.Redirect("/downloads/" + DataPackageWriter.FileName));
        app.MapMethods("/downloads/{**path}", [HttpMethods.Get, HttpMethods.Head], Serve);
    }

    private static IResult Serve(string? path, HttpContext context, DownloadsStore store)
    {
        if (string.IsNullOrEmpty(path))
        {
            return Results.Redirect("/downloads/" + DataPackageWriter.FileName);
        }

        while (true)
        {
            if (store.Current is not { } build)
            {
                context.Response.Headers.RetryAfter = "30";
                return Results.Problem("The bulk files are being built. Try again in a minute.", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            if (build.Find(path) is not { } file)
            {
                return path == DownloadsBuilder.GrantsPath
                    ? Results.Problem(
                        "No funding has been published as grants yet, so there is no 360Giving file. It will appear here once a provider publishes funding of payment type grant.",
                        statusCode: StatusCodes.Status404NotFound, title: "There is no grant funding yet")
                    : Results.NotFound();
            }

            // A build replaced twice while this request started may already be gone: take the current one again.
            if (build.TryLease() is not { } lease)
            {
                continue;
            }

            context.Response.RegisterForDispose(lease);
            var gzip = AcceptsGzip(context.Request);
            context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
            context.Response.Headers.CacheControl = file.Immutable ? "public, max-age=31536000, immutable" : "public, max-age=60";
            if (gzip)
            {
                context.Response.Headers.ContentEncoding = "gzip";
            }

            return Results.Stream(
                file.Open(gzip, lease),
                file.MediaType,
                lastModified: new DateTimeOffset(build.AsOf, TimeSpan.Zero),
                entityTag: new EntityTagHeaderValue(gzip ? file.GzipEntityTag : file.EntityTag),
                enableRangeProcessing: true);
        }
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e =>
            (e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Value.Equals("*", StringComparison.Ordinal)) && (e.Quality ?? 1) > 0);
}
