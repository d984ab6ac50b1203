using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Transparency.Web.Publication;

/// <summary>
/// The publication log and the background worker that keeps every projection (registered by the site and feeds
/// slices as <see cref="IProjection"/>) up to its head.
/// </summary>
public static class PublicationSetup
{
    public static WebApplicationBuilder AddTransparencyPublication(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProjectionOptions>().BindConfiguration(ProjectionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PublicationSignal>();
        builder.Services.AddSingleton(sp => PublicationFaults.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        builder.Services.AddSingleton<ProjectionStatuses>();
        builder.Services.AddScoped<PublicOutputs>();
        builder.Services.AddHostedService<ProjectionWorker>();
        builder.Services.AddHealthChecks().AddCheck<ProjectionHealthCheck>("projections", tags: [Health.HealthSetup.ReadyTag]);
        return builder;
    }
}
