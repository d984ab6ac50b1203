using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Transparency.Web.Domain;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Rebuilds the bulk files after each publication, in the background so a publish request never waits for
/// a national-scale build. Requests that arrive while a build runs are merged into one more build, which
/// starts after it and so sees every change. Also builds once at start when no build exists.
/// </summary>
public sealed class DownloadsRegenerator(
    DownloadsBuilder builder,
    DownloadsStore store,
    IOptions<FeedsOptions> options,
    ILogger<DownloadsRegenerator> logger) : BackgroundService, IPublicationListener
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _startChecked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _next;
    private Task _running = Task.CompletedTask;

    /// <summary>Completes when every rebuild requested so far has finished (or at once when none is due).</summary>
    public Task Pending
    {
        get
        {
            lock (_gate)
            {
                return _next?.Task ?? _running;
            }
        }
    }

    public Task OnPublicationChangedAsync(PublicationChange change, CancellationToken cancellationToken)
    {
        logger.LogInformation("Return version {VersionId} was {Kind}; rebuilding the bulk files", change.ReturnVersionId, change.Kind);
        _ = RequestRebuild();
        return Task.CompletedTask;
    }

    /// <summary>Completes once the start-up check (build when none exists) has run and, if needed, asked for a build.</summary>
    public Task StartChecked => _startChecked.Task;

    /// <summary>Asks for a build that starts after this call; the task completes when that build has finished.</summary>
    public Task RequestRebuild()
    {
        lock (_gate)
        {
            _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _signals.Writer.TryWrite(true);
            return _next.Task;
        }
    }

    /// <summary>
    /// Removes work folders left by a crashed build while the host starts, so they are gone once it has started. Not
    /// in ExecuteAsync: since .NET 10 all of ExecuteAsync runs on a background thread, even the part before its first
    /// await, and on a loaded machine a test found the folder still there after start.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        store.RemoveStaleWorkFolders();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (options.Value.BuildDownloadsOnStart)
            {
                await Task.Delay(options.Value.StartupBuildDelay, stoppingToken);
                if (store.Current is null)
                {
                    _ = RequestRebuild();
                }
            }

            _startChecked.TrySetResult();

            await foreach (var _ in _signals.Reader.ReadAllAsync(stoppingToken))
            {
                TaskCompletionSource request;
                lock (_gate)
                {
                    request = _next!;
                    _next = null;
                    _running = request.Task;
                }

                try
                {
                    await builder.BuildAsync(stoppingToken);
                    request.TrySetResult();
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    request.TrySetCanceled(stoppingToken);
                }
                catch (Exception error)
                {
                    // The previous build stays in place; the next publication or `build-downloads` tries again.
                    logger.LogError(error, "Building the bulk files failed");
                    request.TrySetException(error);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _startChecked.TrySetCanceled(stoppingToken);
            lock (_gate)
            {
                _next?.TrySetCanceled(stoppingToken);
            }
        }
    }
}
