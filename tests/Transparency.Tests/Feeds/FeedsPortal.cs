using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;
using Transparency.Web.Feeds.Downloads;

namespace Transparency.Tests.Feeds;

/// <summary>The portal on a test database, with its bulk files built before the test reads them.</summary>
public sealed class FeedsPortal : IAsyncDisposable
{
    private FeedsPortal(PortalFactory factory)
    {
        Factory = factory;
        Client = factory.CreateClient();
    }

    public PortalFactory Factory { get; }

    public HttpClient Client { get; }

    public DownloadsRegenerator Regenerator => Factory.Services.GetRequiredService<DownloadsRegenerator>();

    public DownloadsStore Store => Factory.Services.GetRequiredService<DownloadsStore>();

    public static async Task<FeedsPortal> StartAsync(TestDatabase database, bool seedDemo)
    {
        var portal = new FeedsPortal(new PortalFactory(database, seedDemo));
        await portal.Regenerator.Pending;
        if (portal.Store.Current is null)
        {
            await portal.Regenerator.RequestRebuild();
        }

        return portal;
    }

    public TransparencyDbContext CreateContext() => Factory.Services.CreateScope().ServiceProvider.GetRequiredService<TransparencyDbContext>();

    public async Task<string> GetStringAsync(string path) => await Client.GetStringAsync(new Uri(path, UriKind.Relative));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
