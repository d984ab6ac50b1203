using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Transparency.Web.Hosting.Bulkheads;
using Transparency.Web.Hosting.Errors;
using Transparency.Web.Hosting.Headers;
using Transparency.Web.Hosting.Proxies;
using Transparency.Web.Hosting.Telemetry;
using Transparency.Web.Publication;

namespace Transparency.Web.Hosting;

/// <summary>
/// Running in production: the service container validated on build, forwarded headers from known proxies, security
/// headers on every response, error pages and problem details without stack traces, bulkheads and a cache for heavy
/// requests, and OpenTelemetry.
/// </summary>
public static class HostingSetup
{
    public static WebApplicationBuilder AddTransparencyHosting(this WebApplicationBuilder builder)
    {
        // Development already validates; every other environment now fails at start, not on first use.
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        ForwardedHeadersSetup.Add(builder);
        var policies = new SecurityHeaderPolicies(hsts: !builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(policies);
        builder.Services.AddSecurityHeaderPolicies().SetPolicySelector(context => policies.For(context.HttpContext));
        ErrorHandling.Add(builder);

        builder.Services.AddOptions<BulkheadOptions>().BindConfiguration(BulkheadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<BulkheadCompartments>();
        builder.Services.AddSingleton<BulkheadMetrics>();
        builder.Services.AddSingleton<QueryCache>();
        builder.Services.AddSingleton<IProjection>(sp => sp.GetRequiredService<QueryCache>());
        builder.Services.AddOutputCache();

        // Last, after the feeds slice's base policy, so this policy's expiry holds for the answers it marks.
        builder.Services.AddOptions<OutputCacheOptions>().PostConfigure<IOptions<BulkheadOptions>>((cache, bulkheads) =>
            cache.AddBasePolicy(new QueryCachePolicy(bulkheads.Value.CacheDuration)));
        TelemetrySetup.Add(builder);
        return builder;
    }

    /// <summary>First in the pipeline: the real client and scheme, then the headers and error answers every response gets.</summary>
    public static WebApplication UseTransparencyHosting(this WebApplication app)
    {
        ForwardedHeadersSetup.Use(app);
        app.UseSecurityHeaders();
        ErrorHandling.Use(app);
        return app;
    }

    /// <summary>After routing and the rate limits: cached heavy answers, then the bulkheads for the rest.</summary>
    public static WebApplication UseTransparencyBulkheads(this WebApplication app)
    {
        app.UseWhen(QueryCachePolicy.Mark, branch => branch.UseOutputCache());
        app.UseMiddleware<BulkheadMiddleware>();
        return app;
    }

    public static WebApplication MapTransparencyHosting(this WebApplication app)
    {
        ErrorHandling.Map(app);
        TelemetrySetup.Map(app);
        return app;
    }
}
