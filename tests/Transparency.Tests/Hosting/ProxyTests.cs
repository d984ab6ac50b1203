using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Portal;
using Transparency.Tests.Returns;
using Transparency.Tests.Returns.Wiring;
using Transparency.Web.Domain;

namespace Transparency.Tests.Hosting;

/// <summary>
/// The portal's real executable in Production behind HAProxy terminating HTTPS with a throwaway certificate, the
/// README's "Behind a reverse proxy" arrangement. Two clients connect from different loopback addresses: each signs
/// in, uploads and publishes, and each has its own rate-limit allowance, which forged X-Forwarded-For headers do not
/// escape; a client that bypasses the proxy cannot claim another scheme or host.
/// </summary>
public abstract class ProxyTests(TestDatabase database)
{
    private static readonly Quarter Quarter = new(2025, 3);
    private static readonly IPAddress First = IPAddress.Parse("127.0.0.2");
    private static readonly IPAddress Second = IPAddress.Parse("127.0.0.3");

    [Fact]
    public async Task BehindHaproxyOverHttps_InProduction_SignInUploadPublishAndApiWorkAndAreLimitedPerRealClient()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        ReturnsPublisher publisher;
        await using (var factory = new PortalFactory(database))
        {
            publisher = await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId);
        }

        var folder = Directory.CreateDirectory(Path.Combine(database.DataFolder, "proxied")).FullName;
        var (pem, thumbprint) = WriteCertificate(folder);
        await using var portal = await PortalServerProcess.StartAsync(database, folder,
            ("ASPNETCORE_ENVIRONMENT", "Production"), ("DOTNET_ENVIRONMENT", "Production"), ("Proxy:KnownProxies", "127.0.0.1"),
            ("Site:BuildOnStart", "false"), ("Accounts:SignInAttemptsPerWindow", "4"), ("Api:RequestsPerWindow", "8"));
        await using var proxy = await HaproxyProcess.StartTlsAsync(pem, portal.Address);
        using var first = Client(proxy.Address, First, thumbprint);
        using var second = Client(proxy.Address, Second, thumbprint);

        // Sign-in and its antiforgery cookie need HTTPS: through the proxy the portal sees it.
        using (var signedIn = await PortalBrowser.SignInAsync(first, publisher.Email, ReturnsPublisher.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/provider", signedIn.Headers.Location?.OriginalString);
            Assert.All(signedIn.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        }

        var token = PortalBrowser.AntiforgeryToken(await PortalBrowser.GetTextAsync(first, "/provider/returns/upload"));
        using var upload = ReturnsPublisher.Multipart(InputFormTests.SampleReturn(Quarter).CsvFiles(), "Files", ("Quarter", Quarter.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("__RequestVerificationToken", token));
        using var uploaded = await first.PostAsync(new Uri("/provider/returns/upload", UriKind.Relative), upload);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        using var published = await PortalBrowser.PostFormAsync(first, uploaded.Headers.Location!.OriginalString, []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.EndsWith("/history", published.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The API: a token works, and OData's absolute links carry the address the client used.
        using var account = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/account", UriKind.Relative));
        account.Headers.Authorization = new AuthenticationHeaderValue("Bearer", publisher.Token);
        using (var answered = await first.SendAsync(account))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        Assert.StartsWith($"{proxy.Address}odata/$metadata", await ODataContextAsync(first), StringComparison.Ordinal);

        // The second client uses up its sign-in attempts, even when it forges the address it comes from; the first keeps its own.
        var refusedAt = 0;
        for (var attempt = 1; attempt <= 6 && refusedAt == 0; attempt++)
        {
            second.DefaultRequestHeaders.Remove("X-Forwarded-For");
            second.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{attempt}");
            using var wrong = await PortalBrowser.SignInAsync(second, publisher.Email, "not the password at all");
            refusedAt = wrong.StatusCode == HttpStatusCode.TooManyRequests ? attempt : 0;
        }

        Assert.Equal(5, refusedAt);
        using (var firstStillTries = await PortalBrowser.SignInAsync(first, publisher.Email, "not the password at all"))
        {
            Assert.Equal(HttpStatusCode.OK, firstStillTries.StatusCode);
        }

        // The same for the public API's allowance.
        var apiRefusedAt = 0;
        for (var request = 1; request <= 12 && apiRefusedAt == 0; request++)
        {
            using var answer = await second.GetAsync(new Uri("/odata/Contracts?$top=1", UriKind.Relative));
            apiRefusedAt = answer.StatusCode == HttpStatusCode.TooManyRequests ? request : 0;
        }

        Assert.Equal(9, apiRefusedAt);
        Assert.StartsWith("https://", await ODataContextAsync(first), StringComparison.Ordinal);

        // Straight to the portal, not through the proxy: forwarded headers from a client are ignored.
        using var direct = Client(portal.Address, First, thumbprint);
        direct.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        direct.DefaultRequestHeaders.Add("X-Forwarded-Host", "forged.example");
        direct.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        Assert.StartsWith($"{portal.Address}odata/$metadata", await ODataContextAsync(direct), StringComparison.Ordinal);
    }

    private static async Task<string> ODataContextAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/odata/Contracts?$top=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("@odata.context").GetString()!;
    }

    /// <summary>A client whose connections come from the given loopback address, trusting the throwaway certificate only, keeping cookies.</summary>
    private static HttpClient Client(Uri address, IPAddress source, string thumbprint)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint;
        return new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>A self-signed certificate for 127.0.0.1 and its key, in the one PEM file HAProxy reads.</summary>
    private static (string Path, string Thumbprint) WriteCertificate(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(folder, "proxy.pem");
        File.WriteAllText(path, certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n");
        return (path, certificate.GetCertHashString());
    }
}

public sealed class SqliteProxyTests(SqliteTestDatabase database) : ProxyTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresProxyTests(PostgresTestDatabase database) : ProxyTests(database), IClassFixture<PostgresTestDatabase>;
