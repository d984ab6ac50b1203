using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;
using Transparency.Web.Feeds.Downloads;

namespace Transparency.Tests.Feeds;

/// <summary>The portal on a test database, with its bulk files built before the test reads them.</summary>
public sealed class FeedsPortal : IAsyncDisposable
{
    private FeedsPortal(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        Factory = factory;
        Client = factory.CreateClient();
    }

    public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public DownloadsStore Store => Factory.Services.GetRequiredService<DownloadsStore>();

    /// <summary>Starts the portal and, unless told otherwise, waits for its bulk files; <paramref name="settings"/> are extra host settings.</summary>
    public static async Task<FeedsPortal> StartAsync(TestDatabase database, bool seedDemo, bool catchUp = true, params (string Key, string Value)[] settings)
    {
        var portal = new FeedsPortal(new PortalFactory(database, seedDemo).WithWebHostBuilder(b =>
        {
            b.UseSetting("Feeds:BuildDownloadsOnStart", "true").UseSetting("Feeds:StartupBuildDelay", "00:00:00");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        }));
        if (catchUp)
        {
            await portal.CatchUpAsync();
        }
        else
        {
            _ = portal.Factory.Services;
        }

        return portal;
    }

    /// <summary>Every file the current build serves, with its bytes.</summary>
    public async Task<SortedDictionary<string, byte[]>> ServedFilesAsync()
    {
        var build = Store.Current!;
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, file) in build.Files)
        {
            await using var stream = file.Open(gzip: false, lease: null);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            files[path] = copy.ToArray();
        }

        return files;
    }

    /// <summary>Waits until the bulk files and the feeds cache show the log's head.</summary>
    public Task CatchUpAsync() => Factory.Services.CatchUpAsync(DownloadsProjection.ProjectionName, "feeds");

    /// <summary>Builds the bulk files again from scratch, as `build-downloads` does.</summary>
    public Task<DownloadsBuild> RebuildAsync() => Factory.Services.GetRequiredService<DownloadsBuilder>().RebuildAsync();

    public TransparencyDbContext CreateContext() => Factory.Services.CreateScope().ServiceProvider.GetRequiredService<TransparencyDbContext>();

    public async Task<string> GetStringAsync(string path) => await Client.GetStringAsync(new Uri(path, UriKind.Relative));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
