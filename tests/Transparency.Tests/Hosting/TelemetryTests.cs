using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Hosting;

/// <summary>
/// Telemetry is off until configured; with a Prometheus path the portal serves its metrics there, and with an OTLP
/// endpoint it sends traces to it (a small receiver on a loopback port stands in for a collector).
/// </summary>
public abstract class TelemetryTests(TestDatabase database)
{
    [Fact]
    public async Task ByDefault_NoMetricsEndpoint()
    {
        await using var portal = new PortalFactory(database);
        using var client = portal.CreateClient();
        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.NotEqual("text/plain", metrics.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("http_server_request_duration", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithPrometheusPath_ServesRequestRuntimeAndBulkheadMetrics()
    {
        await using var portal = new PortalFactory(database).WithWebHostBuilder(b => b.UseSetting("Telemetry:PrometheusPath", "/metrics"));
        using var client = portal.CreateClient();
        using var light = await client.GetAsync(new Uri("/odata/Contracts?$top=1", UriKind.Relative));
        using var heavy = await client.GetAsync(new Uri("/odata/RatingDistribution", UriKind.Relative));

        var text = string.Empty;
        for (var attempt = 0; attempt < 50 && !text.Contains("transparency_bulkhead_wait", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        }

        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("transparency_bulkhead_wait", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithOtlpEndpoint_SendsTracesToTheCollector()
    {
        var received = new List<(string Path, byte[] Body)>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var collector = builder.Build();
        collector.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            lock (received)
            {
                received.Add((context.Request.Path, body.ToArray()));
            }

            return Results.Ok();
        });
        await collector.StartAsync();

        // The test waits for the request's trace while the portal runs (the batch exporter sends every 5 s): relying
        // on the flush at shutdown alone proved flaky on a loaded machine.
        await using var portal = new PortalFactory(database).WithWebHostBuilder(b => b
            .UseSetting("Telemetry:OtlpEndpoint", collector.Urls.First())
            .UseSetting("Telemetry:OtlpProtocol", "HttpProtobuf")
            .UseSetting("Telemetry:ServiceName", "transparency-under-test"));
        using var client = portal.CreateClient();
        using var response = await client.GetAsync(new Uri("/odata/Contracts?$top=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var traces = new List<(string Path, byte[] Body)>();
        for (var attempt = 0; attempt < 300 && !traces.Exists(IsTheRequest); attempt++)
        {
            await Task.Delay(100);
            lock (received)
            {
                traces = [.. received.Where(r => r.Path == "/v1/traces")];
            }
        }

        Assert.NotEmpty(traces);
        Assert.Contains(traces, IsTheRequest);
    }

    private static bool IsTheRequest((string Path, byte[] Body) trace) =>
        Contains(trace.Body, "transparency-under-test") && Contains(trace.Body, "/odata/Contracts");

    private static bool Contains(byte[] body, string text) =>
        body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;
}

public sealed class SqliteTelemetryTests(SqliteTestDatabase database) : TelemetryTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresTelemetryTests(PostgresTestDatabase database) : TelemetryTests(database), IClassFixture<PostgresTestDatabase>;
