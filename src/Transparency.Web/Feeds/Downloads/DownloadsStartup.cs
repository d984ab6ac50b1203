namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Removes work folders left by a crashed build while the host starts, so they are gone once it has started. Not in a
/// background loop: since .NET 10 all of BackgroundService.ExecuteAsync runs on a background thread, even the part
/// before its first await, and on a loaded machine a test found the folder still there after start.
/// </summary>
public sealed class DownloadsStartup(DownloadsStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.RemoveStaleWorkFolders();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
