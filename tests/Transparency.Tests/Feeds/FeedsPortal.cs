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

    public static async Task<FeedsPortal> StartAsync(TestDatabase database, bool seedDemo)
    {
        var portal = new FeedsPortal(new PortalFactory(database, seedDemo).WithWebHostBuilder(b => b
            .UseSetting("Feeds:BuildDownloadsOnStart", "true")
            .UseSetting("Feeds:StartupBuildDelay", "00:00:00")));
        await portal.CatchUpAsync();
        return portal;
    }

    /// <summary>Waits until the bulk files and the feeds cache show the log's head.</summary>
    public Task CatchUpAsync() => Factory.Services.CatchUpAsync(DownloadsProjection.ProjectionName, "feeds");

    /// <summary>Builds the bulk files again from scratch, as `build-downloads` does.</summary>
    public Task<DownloadsBuild> RebuildAsync() => Factory.Services.GetRequiredService<DownloadsBuilder>().BuildAsync();

    public TransparencyDbContext CreateContext() => Factory.Services.CreateScope().ServiceProvider.GetRequiredService<TransparencyDbContext>();

    public async Task<string> GetStringAsync(string path) => await Client.GetStringAsync(new Uri(path, UriKind.Relative));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
