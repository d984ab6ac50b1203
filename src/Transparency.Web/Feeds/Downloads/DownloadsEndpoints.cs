using Microsoft.Net.Http.Headers;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Serves /downloads/ from the current build: only files the build lists (no path tricks), with ETag and
/// Last-Modified so conditional requests get 304, byte ranges for resuming, and the gzip copy when the
/// client accepts it.
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
        var build = store.Current;
        if (string.IsNullOrEmpty(path))
        {
            return Results.Redirect("/downloads/" + DataPackageWriter.FileName);
        }

        if (build is null)
        {
            context.Response.Headers.RetryAfter = "30";
            return Results.Problem("The bulk files are being built. Try again in a minute.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (!build.ByPath.TryGetValue(path, out var file))
        {
            return Results.NotFound();
        }

        var contentType = file.MediaType switch
        {
            "text/csv" => "text/csv; charset=utf-8",
            "text/plain" => "text/plain; charset=utf-8",
            _ => "application/json; charset=utf-8",
        };
        var lastModified = new DateTimeOffset(build.BuiltAt, TimeSpan.Zero);
        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        context.Response.Headers.CacheControl = "public, max-age=60";
        if (file.GzipBytes is not null && AcceptsGzip(context.Request))
        {
            context.Response.Headers.ContentEncoding = "gzip";
            return Results.File(build.PhysicalPath(file) + ".gz", contentType, lastModified: lastModified,
                entityTag: new EntityTagHeaderValue($"\"{file.Sha256}-gzip\""));
        }

        return Results.File(build.PhysicalPath(file), contentType, fileDownloadName: null, lastModified,
            new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e =>
            (e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Value.Equals("*", StringComparison.Ordinal)) && (e.Quality ?? 1) > 0);
}
