namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Removes the parts and manifests a crashed or killed build left behind while the host starts, so they are gone once
/// it has started. Not in a background loop: since .NET 10 all of BackgroundService.ExecuteAsync runs on a background
/// thread, even the part before its first await, and on a loaded machine a test found leftovers still there after start.
/// </summary>
public sealed class DownloadsStartup(DownloadsStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.Gate.WaitAsync(cancellationToken);
        try
        {
            store.Collect();
        }
        finally
        {
            store.Gate.Release();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
