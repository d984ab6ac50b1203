using Transparency.Web.Data;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Compare;

/// <summary>
/// <c>/compare/?p=ID&amp;p=ID</c>, the comparison as a page, and <c>/compare/compare.csv?p=…</c>, the same table as CSV.
/// A GET form, so the address is the comparison and works without JavaScript. The hosting slice counts these among
/// the heavy queries: they run in that bulkhead and their answers stay in its cache until the next publication.
/// </summary>
public static class CompareEndpoints
{
    public const string CsvFile = "compare.csv";

    public static WebApplication MapCompare(this WebApplication app)
    {
        app.MapGet("/compare", PageAsync);
        app.MapGet("/compare/" + CsvFile, CsvAsync);
        return app;
    }

    private static async Task PageAsync(HttpContext context, TransparencyDbContext db, ReadComparison read, CompareChoices choices, ComparePageRenderer renderer)
    {
        if (!context.Request.Path.Value!.EndsWith('/'))
        {
            context.Response.Redirect(SiteUrls.Compare + context.Request.QueryString, permanent: true);
            return;
        }

        var cancellationToken = context.RequestAborted;
        var request = CompareRequest.From(context.Request.Query);
        var (providers, period) = await read.RunAsync(request.Identifiers, cancellationToken);
        var problems = request.Problems.Concat(Unknown(request, providers)).ToList();
        var identifiers = providers.Select(p => p.Provider.Identifier).ToList();
        var table = providers.Count == 0 ? null : ComparisonTable.For(providers, period, CsvFile + CompareRequest.QueryString(identifiers));
        var model = new CompareModel(providers, table, problems, await choices.PeersAsync(providers, cancellationToken), request.Name,
            request.Name is { } name ? await choices.MatchesAsync(name, providers, cancellationToken) : null);
        var title = providers.Count == 0 ? "Compare providers" : $"Compare {string.Join(", ", providers.Select(p => p.Provider.Name))}";
        var meta = new PageMeta(CompareRequest.Url(identifiers), title,
            "Providers side by side: funding, KPI ratings, timeliness of returns, data quality and subcontracting.")
        {
            Section = "providers",
            Breadcrumbs = [("Home", SiteUrls.Home), ("Providers", SiteUrls.Providers)],
        };
        var site = await renderer.ContextAsync(db, period.AsOf, cancellationToken);
        var html = await renderer.RenderAsync(new SitePage(meta, typeof(CompareView), model, table is null ? [] : [table]), site);
        context.Response.StatusCode = problems.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html, cancellationToken);
    }

    private static async Task CsvAsync(HttpContext context, ReadComparison read)
    {
        var request = CompareRequest.From(context.Request.Query);
        var (providers, period) = await read.RunAsync(request.Identifiers, context.RequestAborted);
        var problems = request.Problems.Concat(Unknown(request, providers)).ToList();
        if (providers.Count == 0 || problems.Count > 0)
        {
            context.Response.StatusCode = providers.Count == 0 ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                (problems.Count > 0 ? string.Join(". ", problems) : "Choose at least one provider") + ", for example /compare/compare.csv?p=GB-COH-01234567.", context.RequestAborted);
            return;
        }

        using var buffer = new MemoryStream();
        WriteCsv.WriteTo(buffer, ComparisonTable.For(providers, period, CsvFile));
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"compare.csv\"";
        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }

    private static IEnumerable<string> Unknown(CompareRequest request, IReadOnlyList<ProviderComparison> found) =>
        request.Identifiers.Where(i => !found.Any(p => string.Equals(p.Provider.Identifier, i, StringComparison.OrdinalIgnoreCase)))
            .Select(i => $"No provider has the identifier ‘{i}’: check it on the provider’s page, or find the provider by name");
}
