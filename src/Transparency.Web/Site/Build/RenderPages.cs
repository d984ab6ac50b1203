using System.Collections.Concurrent;
using System.Diagnostics;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Step: builds and renders every planned page on a few workers, each with its own renderer, writing each
/// page and its CSV files as soon as it is rendered so memory stays flat however large the site.
/// </summary>
public sealed class RenderPages(ILoggerFactory loggerFactory, int parallelism, BuildTimings timings)
{
    public async Task<IReadOnlyList<PageMeta>> RunAsync(IEnumerable<PageJob> jobs, SiteContext site, SiteOutput output, CancellationToken cancellationToken)
    {
        var written = new ConcurrentBag<PageMeta>();
        var queue = new BlockingCollection<PageJob>(boundedCapacity: 1024);
        var workers = Enumerable.Range(0, parallelism).Select(_ => Task.Run(async () =>
        {
            await using var renderer = new PageRenderer(loggerFactory);
            foreach (var job in queue.GetConsumingEnumerable(cancellationToken))
            {
                var step = Stopwatch.GetTimestamp();
                var page = job.Build();
                timings.AddModel(step);
                step = Stopwatch.GetTimestamp();
                await renderer.RenderToAsync(page, site, output, SiteUrls.FileFor(page.Meta.Url));
                timings.AddRender(step);
                step = Stopwatch.GetTimestamp();
                WriteCsv.Run(output, page);
                timings.AddWrite(step);
                written.Add(page.Meta);
            }
        }, cancellationToken)).ToList();

        try
        {
            foreach (var job in jobs)
            {
                queue.Add(job, cancellationToken);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }

        await Task.WhenAll(workers);
        queue.Dispose();
        return written.OrderBy(m => m.Url, StringComparer.Ordinal).ToList();
    }
}
