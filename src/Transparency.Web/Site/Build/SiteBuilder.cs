using System.Diagnostics;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Feeds;
using Transparency.Web.Site.InsightPages;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Builds the static site from the database and content/*.md by running its steps in order:
/// ReadContent, RenderMarkdown, ReadDatabase with the data-quality scores (<see cref="ISiteInsights"/>) alongside, RenderPages (each
/// page with its CSV files), then, for a full build, the insights pages, WriteSitemap, CopyAssets and IndexSearch.
/// A scoped build written into the served folder (<c>inPlace</c>) replaces each file by a rename and adds its pages to
/// the sitemap. The same inputs always give the same files.
/// </summary>
public sealed class SiteBuilder(
    TransparencyDbContext db,
    PortalPaths paths,
    IOptions<SiteOptions> options,
    IOptions<FeedsOptions> feeds,
    IEnumerable<IPageSource> sources,
    SiteTotalsCache totalsCache,
    IServiceScopeFactory scopes,
    ILoggerFactory loggerFactory)
{
    public Task<BuildReport> BuildAsync(string folder, SiteScope scope, CancellationToken cancellationToken = default) =>
        BuildAsync(folder, scope, inPlace: false, cancellationToken);

    public async Task<BuildReport> BuildAsync(string folder, SiteScope scope, bool inPlace, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var timings = new BuildTimings();
        var settings = options.Value;
        var output = new SiteOutput(folder, replaceFiles: inPlace);
        Directory.CreateDirectory(output.Folder);

        var content = RenderMarkdown.Run(await ReadContent.RunAsync(paths.ContentFolder, cancellationToken));
        var logger = loggerFactory.CreateLogger<SiteBuilder>();
        var read = new ReadDatabase(db, settings, totalsCache, scopes, logger);
        var period = await read.PeriodAsync(cancellationToken);
        var scores = Task.Run(() => ReadScoresAsync(scope, period, cancellationToken), cancellationToken);
        var data = await read.RunAsync(scope, period, cancellationToken);
        data.Content = content;
        data.Notices = await ReadNotices.RunAsync(db, scope, data.Period, data.Registry, cancellationToken);
        data.Insights = new SiteInsightsFigures(await scores, null);
        logger.LogDebug("Read the data-quality scores by {Seconds:0.00} s", total.Elapsed.TotalSeconds);
        timings.ReadSite = total.Elapsed;
        logger.LogInformation("Read the site's data in {Seconds:0.0} s", timings.ReadSite.TotalSeconds);

        // The insights pages' figures take the database a long time and only seven pages need them, so they are read
        // on their own context while every other page renders, and those seven pages are rendered last.
        var insightPages = scope.IsEverything ? Task.Run(() => ReadInsightPagesAsync(data.Period, cancellationToken), cancellationToken) : null;
        var site = new SiteContext(settings.BaseUrl, data.DemoNotice, content, data.Period.AsOf, feeds.Value.LicenceUrl.AbsoluteUri) { WebRoot = paths.WebRootFolder };
        var render = new RenderPages(loggerFactory, settings.Parallelism, timings);
        var pages = (await render.RunAsync(sources.SelectMany(s => s.Plan(data, site)), site, output, cancellationToken)).ToList();
        if (insightPages is not null)
        {
            var (figures, elapsed) = await insightPages;
            timings.ReadInsights = elapsed;
            data.Insights = data.Insights with { Pages = figures };
            pages.AddRange(await render.RunAsync(sources.OfType<InsightsPages>().SelectMany(s => s.Plan(data, site)), site, output, cancellationToken));
            pages.Sort((a, b) => string.CompareOrdinal(a.Url, b.Url));
            logger.LogInformation("Read the insights in {Seconds:0.0} s, while the other pages were written", elapsed.TotalSeconds);
        }

        var readTime = timings.ReadSite;
        var renderTime = total.Elapsed - readTime;
        timings.Pages = renderTime;

        var indexed = false;
        if (!scope.IsEverything && inPlace)
        {
            await WriteSitemap.MergeAsync(output, site, pages, cancellationToken);
        }

        if (scope.IsEverything)
        {
            var step = Stopwatch.GetTimestamp();
            await WriteSitemap.RunAsync(output, site, pages, cancellationToken);
            timings.Sitemap = Stopwatch.GetElapsedTime(step);
            step = Stopwatch.GetTimestamp();
            CopyAssets.Run(paths.WebRootFolder, output);
            timings.Assets = Stopwatch.GetElapsedTime(step);
            if (settings.SearchIndex)
            {
                step = Stopwatch.GetTimestamp();
                indexed = await new IndexSearch(paths.Root, loggerFactory.CreateLogger<IndexSearch>()).RunAsync(output, pages, cancellationToken);
                timings.Search = Stopwatch.GetElapsedTime(step);
            }
        }

        logger.LogInformation("Built {Pages} pages: {Timings}", pages.Count, timings);
        return new BuildReport(output.Folder, pages.Count, scope.IsEverything, indexed, readTime, renderTime, total.Elapsed)
        {
            Timings = timings,
            SearchGlob = scope.IsEverything ? IndexSearch.GlobFor(pages) : null,
        };
    }

    /// <summary>
    /// Only the insights pages, from the whole database, into a new folder: they add up the whole market, so
    /// publications do not rewrite them; <see cref="Serving.SiteIndexesProjection"/> refreshes them now and then.
    /// </summary>
    public async Task<IReadOnlyList<WrittenPage>> BuildInsightsAsync(string folder, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var output = new SiteOutput(folder);
        Directory.CreateDirectory(output.Folder);
        var content = RenderMarkdown.Run(await ReadContent.RunAsync(paths.ContentFolder, cancellationToken));
        var logger = loggerFactory.CreateLogger<SiteBuilder>();

        // A cache of its own: this runs beside the pages projection, whose next scoped build must start from its own totals.
        var read = new ReadDatabase(db, settings, new SiteTotalsCache(), scopes, logger);
        var period = await read.PeriodAsync(cancellationToken);
        var data = await read.RunAsync(SiteScope.Everything, period, cancellationToken);
        data.Content = content;
        var (figures, _) = await ReadInsightPagesAsync(data.Period, cancellationToken);
        data.Insights = new SiteInsightsFigures(new Dictionary<int, DataQualityScore>(), figures);
        var site = new SiteContext(settings.BaseUrl, data.DemoNotice, content, data.Period.AsOf, feeds.Value.LicenceUrl.AbsoluteUri) { WebRoot = paths.WebRootFolder };
        var render = new RenderPages(loggerFactory, settings.Parallelism, new BuildTimings());
        return await render.RunAsync(sources.OfType<InsightsPages>().SelectMany(s => s.Plan(data, site)), site, output, cancellationToken);
    }

    private async Task<IReadOnlyDictionary<int, DataQualityScore>> ReadScoresAsync(SiteScope scope, SitePeriod period, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var scores = await services.ServiceProvider.GetRequiredService<ISiteInsights>().ReadScoresAsync(scope, period, cancellationToken);
        return scores;
    }

    private async Task<(InsightsFigures? Figures, TimeSpan Elapsed)> ReadInsightPagesAsync(SitePeriod period, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var figures = await scope.ServiceProvider.GetRequiredService<ISiteInsights>().ReadPagesAsync(period, cancellationToken);
        return (figures, Stopwatch.GetElapsedTime(start));
    }
}
