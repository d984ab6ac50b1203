using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Transparency.Web.Feeds.Atom;
using Transparency.Web.Feeds.Catalog;
using Transparency.Web.Feeds.Downloads;
using Transparency.Web.Feeds.Ocds;
using Transparency.Web.Publication;

namespace Transparency.Web.Feeds;

/// <summary>Bulk downloads, Atom feeds, OCDS, 360Giving and the DCAT catalogue.</summary>
public static class FeedsSetup
{
    private static readonly string[] CompressedPaths = ["/feeds", "/ocds", "/catalog.jsonld"];

    public static WebApplicationBuilder AddTransparencyFeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedsOptions>()
            .BindConfiguration(FeedsOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.PublicBaseUrl.IsAbsoluteUri, "Feeds:PublicBaseUrl must be an absolute address, like https://transparency.example.org/.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DownloadsStore>();
        builder.Services.AddSingleton<DownloadsBuilder>();
        builder.Services.AddSingleton(sp => DownloadsFaults.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        builder.Services.AddSingleton<DownloadsProjection>();
        builder.Services.AddSingleton<IProjection>(sp => sp.GetRequiredService<DownloadsProjection>());
        builder.Services.AddHostedService<DownloadsStartup>();
        builder.Services.AddSingleton<FeedsCache>();
        builder.Services.AddSingleton<IProjection>(sp => sp.GetRequiredService<FeedsCache>());
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<FeedsOptions>>((cache, feeds) =>
        {
            cache.SizeLimit = feeds.Value.CacheMegabytes * 1024L * 1024L;
            cache.AddBasePolicy(policy => policy.Tag(FeedsCache.Tag).Expire(feeds.Value.CacheDuration)
                .VaryByValue(context => new KeyValuePair<string, string>("stamp", context.RequestServices.GetRequiredService<FeedsCache>().Stamp)));
        });
        builder.Services.AddScoped<FeedScopes>();
        builder.Services.AddScoped<FeedPages>();
        builder.Services.AddScoped<AtomEndpoints.Handler>();
        builder.Services.AddScoped(sp => new CatalogBuilder(
            sp.GetRequiredService<Data.TransparencyDbContext>(), sp.GetRequiredService<DownloadsStore>(), sp.GetRequiredService<IOptions<FeedsOptions>>().Value));

        // The bulk files carry their own compressed parts; the documents built per request are compressed here.
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<GzipCompressionProvider>();
            o.Providers.Add<BrotliCompressionProvider>();
            o.MimeTypes = ["application/atom+xml", "application/json", "application/ld+json"];
        });
        return builder;
    }

    /// <summary>
    /// Compresses feeds, OCDS and the catalogue on the fly (bulk files are joined from compressed parts) and answers
    /// them from the output cache (see <see cref="FeedsCache"/>); the cache holds them uncompressed, inside
    /// compression, so one copy serves every Accept-Encoding.
    /// </summary>
    public static WebApplication UseTransparencyFeeds(this WebApplication app)
    {
        app.UseWhen(
            context => CompressedPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.Ordinal)),
            branch => branch.UseResponseCompression().UseOutputCache());
        return app;
    }

    public static WebApplication MapTransparencyFeeds(this WebApplication app)
    {
        DownloadsEndpoints.Map(app);
        AtomEndpoints.Map(app);
        OcdsEndpoints.Map(app);
        app.MapGet(SiteUrls.Catalog, async (CatalogBuilder catalog, CancellationToken ct) =>
        {
            var (body, modified) = await catalog.BuildAsync(ct);
            return Results.Bytes(body, CatalogBuilder.ContentType, lastModified: modified is { } m ? new DateTimeOffset(m, TimeSpan.Zero) : null, entityTag: Etags.For(body));
        });
        return app;
    }
}
