using Transparency.Web.Publication;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Contracts;
using Transparency.Web.Site.InsightPages;
using Transparency.Web.Site.Pages;
using Transparency.Web.Site.Search;
using Transparency.Web.Site.Serving;

namespace Transparency.Web.Site;

/// <summary>The public site: the builder, its page sources, serving the built site at / and the projections that keep it up to date.</summary>
public static class SiteSetup
{
    public static WebApplicationBuilder AddTransparencySite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<SiteBuilder>();
        builder.Services.AddSingleton<SiteTotalsCache>();
        builder.Services.AddScoped<ISiteInsights, ReadInsights>();
        builder.Services.AddSingleton<IPageSource, HomePages>();
        builder.Services.AddSingleton<IPageSource, ProviderPages>();
        builder.Services.AddSingleton<IPageSource, ContractPages>();
        builder.Services.AddSingleton<IPageSource, CommissionerPages>();
        builder.Services.AddSingleton<IPageSource, SectorPages>();
        builder.Services.AddSingleton<IPageSource, SubcontractorPages>();
        builder.Services.AddSingleton<IPageSource, DirectoryPages>();
        builder.Services.AddSingleton<IPageSource, ReturnsPages>();
        builder.Services.AddSingleton<IPageSource, InsightsPages>();
        builder.Services.AddSingleton<SiteGenerations>();
        builder.Services.AddSingleton<SiteFileProvider>();
        builder.Services.AddSingleton<SiteStamp>();
        builder.Services.AddSingleton<SiteProjection>();
        builder.Services.AddSingleton<IProjection>(sp => sp.GetRequiredService<SiteProjection>());
        builder.Services.AddSingleton<IProjection, SiteIndexesProjection>();
        builder.Services.AddScoped<SiteSearch>();
        builder.Services.AddScoped<ContractIndex>();
        builder.Services.AddSingleton<IProjection, SearchProjection>();
        return builder;
    }

    /// <summary>Serves the site on disk, building it first only when there is none and the setting allows; the projections do the rest.</summary>
    public static async Task StartTransparencySiteAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        await services.GetRequiredService<SiteProjection>().StartAsync(cancellationToken);

    /// <summary>The built site at /, as the fallback endpoint: every other endpoint keeps priority.</summary>
    public static WebApplication MapTransparencySite(this WebApplication app)
    {
        var files = app.Services.GetRequiredService<SiteFileProvider>();
        SearchEndpoint.Map(app, files);
        ContractIndexEndpoint.Map(app, files);
        app.MapFallback("{*path}", context => SiteEndpoint.HandleAsync(context, files));
        return app;
    }
}
