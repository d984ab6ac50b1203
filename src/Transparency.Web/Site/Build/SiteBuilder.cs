using System.Diagnostics;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Feeds;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Builds the static site from the database and content/*.md by running its steps in order:
/// ReadContent, RenderMarkdown, ReadDatabase, the insights (<see cref="ISiteInsights"/>), RenderPages (each page with its CSV files), then, for a full
/// build, WriteSitemap, CopyAssets and IndexSearch. The same inputs always give the same files.
/// </summary>
public sealed class SiteBuilder(
    TransparencyDbContext db,
    PortalPaths paths,
    IOptions<SiteOptions> options,
    IOptions<FeedsOptions> feeds,
    IEnumerable<IPageSource> sources,
    ISiteInsights insights,
    ILoggerFactory loggerFactory)
{
    public async Task<BuildReport> BuildAsync(string folder, SiteScope scope, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var settings = options.Value;
        var output = new SiteOutput(folder);
        Directory.CreateDirectory(output.Folder);

        var content = RenderMarkdown.Run(await ReadContent.RunAsync(paths.ContentFolder, cancellationToken));
        var data = await new ReadDatabase(db, settings).RunAsync(scope, cancellationToken);
        var siteDataRead = total.Elapsed;
        data.Content = content;
        var logger = loggerFactory.CreateLogger<SiteBuilder>();
        logger.LogInformation("Read the site's data in {Seconds:0.0} s", siteDataRead.TotalSeconds);
        data.Insights = await insights.ReadAsync(data, cancellationToken);
        logger.LogInformation("Read the insights in {Seconds:0.0} s", (total.Elapsed - siteDataRead).TotalSeconds);
        var readTime = total.Elapsed;

        var site = new SiteContext(settings.BaseUrl, data.DemoNotice, content, data.AsOf, feeds.Value.LicenceUrl.AbsoluteUri);
        var jobs = sources.SelectMany(s => s.Plan(data, site));
        var pages = await new RenderPages(loggerFactory, settings.Parallelism).RunAsync(jobs, site, output, cancellationToken);
        var renderTime = total.Elapsed - readTime;

        var indexed = false;
        if (scope.IsEverything)
        {
            await WriteSitemap.RunAsync(output, site, pages, cancellationToken);
            CopyAssets.Run(paths.WebRootFolder, output);
            if (settings.SearchIndex)
            {
                indexed = await new IndexSearch(paths.Root, loggerFactory.CreateLogger<IndexSearch>()).RunAsync(output, cancellationToken);
            }
        }

        return new BuildReport(output.Folder, pages.Count, scope.IsEverything, indexed, readTime, renderTime, total.Elapsed);
    }
}
