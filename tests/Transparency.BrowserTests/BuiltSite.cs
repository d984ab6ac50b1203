using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Playwright;
using Transparency.Web.Hosting.Headers;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.InsightPages;
using Transparency.Web.Site.Model;

namespace Transparency.BrowserTests;

/// <summary>
/// Builds the site once from the demonstration data (with the Pagefind index), serves the folder from a
/// plain static file server on a loopback port, as any static host would, with the portal's security headers (so
/// pages run under its Content-Security-Policy), and starts Debian's Chromium. Pages and contexts made through
/// <see cref="NewPageAsync"/> and <see cref="NewContextAsync"/> report CSP violations to <see cref="Csp"/>.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("transparency-browser-").FullName;
    private WebApplication? _server;

    public string Folder => Path.Combine(_data, "out");

    public string BaseUrl { get; private set; } = string.Empty;

    public IPlaywright Playwright { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public CspWatch Csp { get; } = new();

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Test artefacts stay under tests/ (git-ignored), beside this project.</summary>
    public static string Screenshots { get; } = Path.Combine(RepositoryRoot, "tests", "Transparency.BrowserTests", "TestResults", "screenshots");

    /// <summary>The Nu HTML Checker from the npm vnu-jar package, installed by npm ci at the repository root.</summary>
    public static string VnuJar { get; } = Path.Combine(RepositoryRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public async Task InitializeAsync()
    {
        await using (var portal = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_data, "site.db")}");
            builder.UseSetting("Storage:DataFolder", _data);
            builder.UseSetting("Demo:SeedWhenEmpty", "true");
            builder.UseSetting("Site:BuildOnStart", "false");
        }))
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildAsync(Folder, SiteScope.Everything);
            Assert.True(report.SearchIndexed, "Pagefind did not index the site: run npm ci at the repository root.");
        }

        SqliteConnection.ClearAllPools();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var policies = new SecurityHeaderPolicies(hsts: false);
        builder.Services.AddSecurityHeaderPolicies().SetPolicySelector(context => policies.For(context.HttpContext));
        _server = builder.Build();
        _server.UseSecurityHeaders();
        var files = new PhysicalFileProvider(Folder);
        _server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // Pagefind's index files (.pf_meta, .pf_fragment, .pagefind) have no registered MIME type.
        _server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        _server.Run(async context =>
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(Folder, "404.html"));
        });
        await _server.StartAsync();
        BaseUrl = _server.Urls.First();

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Directory.CreateDirectory(Screenshots);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new browser context whose CSP violations are collected.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        await Csp.AttachAsync(context);
        return context;
    }

    public async Task<IPage> NewPageAsync() => await (await NewContextAsync()).NewPageAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Temporary files; the OS cleans them if a handle is still open.
        }
    }

    public string Url(string path) => BaseUrl.TrimEnd('/') + path;

    /// <summary>One page of each template, found in the built folder so the list follows the data.</summary>
    public IReadOnlyList<string> TemplatePages()
    {
        string First(string folder) => "/" + folder + "/" + Path.GetFileName(Directory.GetDirectories(Path.Combine(Folder, folder)).Where(d => File.Exists(Path.Combine(d, "index.html"))).Order(StringComparer.Ordinal).Last()) + "/";
        var provider = "/providers/" + Path.GetFileName(Directory.GetDirectories(Path.Combine(Folder, "providers"), "gb-*").Order(StringComparer.Ordinal).First()) + "/";
        var letter = "/providers/" + Path.GetFileName(Directory.GetDirectories(Path.Combine(Folder, "providers"), "?").Order(StringComparer.Ordinal).First()) + "/";
        return
        [
            "/", "/providers/", letter, "/providers/sector/health/", provider, provider + "returns/", First("contracts"), First("commissioners"),
            "/sectors/", "/sectors/health/", First("subcontractors"), "/subcontractors/", "/returns/", First("returns"), "/glossary/", "/about/", "/search/", "/404.html",
            .. InsightsPages.Topics.Select(t => t.Url).Prepend(SiteUrls.Insights),
        ];
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Transparency.sln")))
            {
                return folder.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
