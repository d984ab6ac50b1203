using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Web.Accounts;
using Transparency.Web.Data;
using Transparency.Web.Publication;
using Transparency.Web.Site.Search;
using Transparency.Web.Site.Serving;

namespace Transparency.BrowserTests;

/// <summary>
/// The whole portal on Kestrel at a loopback port, on its own SQLite database seeded with the demonstration data
/// serving the public site it builds on start and rebuilds after each publication, with the demonstration login
/// (which the portal itself creates only in Development, so the fixture makes it through the same service) and an
/// administrator for the admin pages.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdministratorEmail = "journey.admin@example.com";

    public const string AdministratorPassword = "journey administrator password";

    public const int UploadsPerWindow = 3;

    private readonly string _data = Directory.CreateTempSubdirectory("transparency-portal-").FullName;

    public string BaseUrl { get; private set; } = string.Empty;

    public string Url(string path) => BaseUrl.TrimEnd('/') + path;

    public async Task InitializeAsync()
    {
        // HTTPS, because the portal's cookies are Secure outside Development; the browser is told to trust this certificate.
        using var certificate = SelfSignedCertificate();
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null))));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using var scope = Services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync());
        var created = await scope.ServiceProvider.GetRequiredService<PortalAccounts>().CreateAdministratorAsync(AdministratorEmail, AdministratorPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));

        // The journeys search the portal: its site and search index must have caught up with the demonstration data.
        var head = await PublicationLog.HeadAsync(scope.ServiceProvider.GetRequiredService<TransparencyDbContext>(), CancellationToken.None);
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await Services.GetRequiredService<ProjectionStatuses>().WaitForAsync(head, patience.Token, SearchProjection.ProjectionName, SiteProjection.ProjectionName);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Temporary files; the OS cleans them if a handle is still open.
        }
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_data, "portal.db")}");
        builder.UseSetting("Storage:DataFolder", _data);
        builder.UseSetting("Demo:SeedWhenEmpty", "true");
        builder.UseSetting("Site:BuildOnStart", "true");

        // The journey uploads three times; a fourth upload reaches the rate-limit page, which is checked like the rest.
        builder.UseSetting("Accounts:UploadsPerWindow", UploadsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
