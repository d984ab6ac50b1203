using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Step: builds and renders every planned page on a few workers, each with its own renderer, writing each
/// page and its CSV files as soon as it is rendered so memory stays flat however large the site.
/// </summary>
public sealed class RenderPages(ILoggerFactory loggerFactory, int parallelism, BuildTimings timings)
{
    public async Task<IReadOnlyList<WrittenPage>> RunAsync(IEnumerable<PageJob> jobs, SiteContext site, SiteOutput output, CancellationToken cancellationToken)
    {
        var written = new ConcurrentBag<WrittenPage>();
        var queue = new BlockingCollection<PageJob>(boundedCapacity: 1024);

        // A worker that fails stops the planning too: otherwise the planner waits forever for room in a full queue.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, parallelism).Select(_ => Task.Run(async () =>
        {
            try
            {
                await RenderAsync(queue, site, output, written, failed.Token);
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }, cancellationToken)).ToList();

        try
        {
            foreach (var job in jobs)
            {
                queue.Add(job, failed.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A worker failed; its exception is thrown below.
        }
        finally
        {
            queue.CompleteAdding();
        }

        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The workers that stopped because another failed are not the news: throw the failure itself.
            var failure = workers.Where(w => w.IsFaulted).SelectMany(w => w.Exception!.InnerExceptions).FirstOrDefault(e => e is not OperationCanceledException);
            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            throw;
        }
        finally
        {
            queue.Dispose();
        }

        return written.OrderBy(m => m.Url, StringComparer.Ordinal).ToList();
    }

    private async Task RenderAsync(BlockingCollection<PageJob> queue, SiteContext site, SiteOutput output, ConcurrentBag<WrittenPage> written, CancellationToken cancellationToken)
    {
        await using var renderer = new PageRenderer(loggerFactory);
        using var csv = new WriteCsv();
        foreach (var job in queue.GetConsumingEnumerable(cancellationToken))
        {
            var step = Stopwatch.GetTimestamp();
            var page = job.Build();
            timings.AddModel(step);
            step = Stopwatch.GetTimestamp();
            await renderer.RenderToAsync(page, site, output, SiteUrls.FileFor(page.Meta.Url));
            timings.AddRender(step);
            step = Stopwatch.GetTimestamp();
            csv.Run(output, page);
            timings.AddWrite(step);
            written.Add(WrittenPage.Of(page.Meta));
        }
    }
}
