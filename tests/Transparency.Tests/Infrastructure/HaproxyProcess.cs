using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Transparency.Tests.Infrastructure;

/// <summary>
/// HAProxy from Debian's package in front of portal instances, configured as the README's "Running several instances"
/// shows: round robin, each instance checked on /health/ready. Every response says which instance served it. With a
/// certificate (<see cref="StartTlsAsync"/>) it terminates HTTPS as the README's "Behind a reverse proxy" shows,
/// adding X-Forwarded-For and X-Forwarded-Proto.
/// </summary>
public sealed class HaproxyProcess : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/haproxy";

    private readonly Process _process;
    private readonly string _folder;

    private HaproxyProcess(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static Task<HaproxyProcess> StartAsync(params Uri[] instances) => StartAsync(null, instances);

    /// <summary>HTTPS on the front, with the certificate and key in one PEM file; the instances are reached over HTTP.</summary>
    public static Task<HaproxyProcess> StartTlsAsync(string pemFile, params Uri[] instances) => StartAsync(pemFile, instances);

    private static async Task<HaproxyProcess> StartAsync(string? pemFile, Uri[] instances)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"These tests need HAProxy at {Executable}: tests/run.sh installs it (apt-get install haproxy).");
        }

        var folder = Directory.CreateTempSubdirectory("transparency-haproxy-").FullName;
        var port = FreePort();
        var tls = pemFile is null ? string.Empty : $" ssl crt {pemFile}";
        var forwarded = pemFile is null ? string.Empty : "    option forwardfor\n    http-request set-header X-Forwarded-Proto https\n";
        var servers = string.Concat(instances.Select((u, i) => string.Create(CultureInfo.InvariantCulture, $"    server portal{i + 1} {u.Host}:{u.Port} check\n")));
        var config = Path.Combine(folder, "haproxy.cfg");
        await File.WriteAllTextAsync(config, $"""
            global
                maxconn 256

            defaults
                mode http
                timeout connect 5s
                timeout client 60s
                timeout server 60s

            frontend public
                bind 127.0.0.1:{port}{tls}
            {forwarded}    default_backend portals

            backend portals
                balance roundrobin
                option httpchk GET /health/ready
                http-check expect status 200
                http-response set-header X-Served-By %s
            {servers}
            """);
        var start = new ProcessStartInfo(Executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-f", config, "-db" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("HAProxy did not start.");
        var proxy = new HaproxyProcess(process, folder, new Uri($"{(pemFile is null ? "http" : "https")}://127.0.0.1:{port}/"));
        using var handler = new SocketsHttpHandler();
        if (pemFile is not null)
        {
            // The proxy's own throwaway certificate, and no other.
            using var expected = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPemFile(pemFile);
            var thumbprint = expected.GetCertHashString();
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint;
        }

        using var client = new HttpClient(handler) { BaseAddress = proxy.Address };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return proxy;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        await proxy.DisposeAsync();
        throw new TimeoutException("HAProxy did not start answering.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
