using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Transparency.Web.Hosting.Bulkheads;

namespace Transparency.Web.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics of ASP.NET Core, EF Core, Npgsql, outgoing HTTP, the .NET runtime and the
/// bulkheads, exported over OTLP and/or served for Prometheus, as configured; with neither configured nothing is
/// collected. Health probes are left out of the traces, which they would otherwise fill.
/// </summary>
public static class TelemetrySetup
{
    public static void Add(WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!settings.Enabled)
        {
            return;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Microsoft.EntityFrameworkCore", "Npgsql", BulkheadMetrics.MeterName);
                if (settings.HasPrometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (settings.OtlpEndpoint is { } endpoint)
        {
            telemetry.UseOtlpExporter(settings.OtlpProtocol, endpoint);
        }
    }

    public static void Map(WebApplication app)
    {
        var settings = app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (settings.HasPrometheus)
        {
            app.MapPrometheusScrapingEndpoint(settings.PrometheusPath);
        }
    }
}
