using OpenTelemetry.Exporter;

namespace Transparency.Web.Hosting.Telemetry;

/// <summary>Bound from the "Telemetry" configuration section. Everything is off until an exporter is named.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>An OpenTelemetry collector's address (http://collector:4317 for gRPC, http://collector:4318 for HTTP); traces and metrics go there.</summary>
    public Uri? OtlpEndpoint { get; set; }

    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>A path such as /metrics to serve metrics for a Prometheus scraper; empty serves none.</summary>
    public string PrometheusPath { get; set; } = string.Empty;

    public string ServiceName { get; set; } = "transparency-portal";

    public bool Enabled => OtlpEndpoint is not null || HasPrometheus;

    public bool HasPrometheus => !string.IsNullOrWhiteSpace(PrometheusPath);
}
