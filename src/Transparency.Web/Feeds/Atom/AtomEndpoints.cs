using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Transparency.Web.Feeds.Atom;

/// <summary>/feeds/returns.atom and the per-provider, per-commissioner and per-sector feeds, each with archive pages.</summary>
public static class AtomEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/returns.atom", (Handler handler, CancellationToken ct) => handler.SendAsync(FeedScopes.All, null, ct));
        app.MapGet("/feeds/returns/archive/{page:int}.atom", (int page, Handler handler, CancellationToken ct) => handler.SendAsync(FeedScopes.All, page, ct));
        app.MapGet("/feeds/providers/{identifier}.atom", async (string identifier, Handler handler, FeedScopes scopes, CancellationToken ct) =>
            await handler.SendAsync(await scopes.ProviderAsync(identifier, ct), null, ct));
        app.MapGet("/feeds/providers/{identifier}/archive/{page:int}.atom", async (string identifier, int page, Handler handler, FeedScopes scopes, CancellationToken ct) =>
            await handler.SendAsync(await scopes.ProviderAsync(identifier, ct), page, ct));
        app.MapGet("/feeds/commissioners/{identifier}.atom", async (string identifier, Handler handler, FeedScopes scopes, CancellationToken ct) =>
            await handler.SendAsync(await scopes.CommissionerAsync(identifier, ct), null, ct));
        app.MapGet("/feeds/commissioners/{identifier}/archive/{page:int}.atom", async (string identifier, int page, Handler handler, FeedScopes scopes, CancellationToken ct) =>
            await handler.SendAsync(await scopes.CommissionerAsync(identifier, ct), page, ct));
        app.MapGet("/feeds/sectors/{sector}.atom", (string sector, Handler handler, FeedScopes scopes, CancellationToken ct) =>
            handler.SendAsync(scopes.Sector(sector), null, ct));
        app.MapGet("/feeds/sectors/{sector}/archive/{page:int}.atom", (string sector, int page, Handler handler, FeedScopes scopes, CancellationToken ct) =>
            handler.SendAsync(scopes.Sector(sector), page, ct));
    }

    /// <summary>Reads a page and answers it with an ETag, so feed readers that poll get 304 until something is published.</summary>
    public sealed class Handler(FeedPages pages, IOptions<FeedsOptions> options)
    {
        public async Task<IResult> SendAsync(FeedScope? scope, int? archive, CancellationToken cancellationToken)
        {
            if (scope is null)
            {
                return Results.NotFound();
            }

            var page = await pages.ReadAsync(scope, archive, options.Value.FeedPageSize, cancellationToken);
            if (page is null)
            {
                return Results.NotFound();
            }

            var body = new AtomFeedWriter(options.Value).Write(page);
            DateTimeOffset? lastModified = page.Entries.Count == 0 ? null : new DateTimeOffset(page.Entries.Max(e => e.PublishedAt), TimeSpan.Zero);
            return Results.Bytes(body, AtomFeedWriter.ContentType, lastModified: lastModified, entityTag: Etags.For(body));
        }
    }
}
