using System.CommandLine;
using System.Globalization;
using Transparency.Web.Data;
using Transparency.Web.Publication;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;
using Transparency.Web.Site.Serving;

namespace Transparency.Web.Cli;

public static class BuildSiteCommand
{
    public static Command Create(IServiceProvider services)
    {
        var output = new Option<string?>("--out")
        {
            Description = "The folder to write the whole site to, ready for any static host. Without it, rebuilds the site the portal serves (when the portal is not running).",
        };
        var command = new Command("build-site", "Build the public site from the database and content/*.md, then exit.") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            BuildReport report;
            if (parse.GetValue(output) is { Length: > 0 } folder)
            {
                await using var scope = services.CreateAsyncScope();
                report = await scope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildAsync(folder, SiteScope.Everything, cancellationToken);
            }
            else
            {
                if (PortalInstanceLock.IsHeldElsewhere(services))
                {
                    await Console.Error.WriteLineAsync("The portal is running on this data folder and keeps its site up to date itself. Stop it first, or write a copy with --out <folder>.");
                    return 1;
                }

                using var held = PortalInstanceLock.Acquire(services);
                long head;
                await using (var scope = services.CreateAsyncScope())
                {
                    head = await PublicationLog.HeadAsync(scope.ServiceProvider.GetRequiredService<TransparencyDbContext>(), cancellationToken);
                }

                report = await services.GetRequiredService<SiteProjection>().BuildEverythingAsync(ProjectionState.Initial(head, DateTime.UtcNow), cancellationToken);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {report.Pages:N0} pages to {report.Folder} in {report.Elapsed.TotalSeconds:0.0} s (read {report.ReadTime.TotalSeconds:0.0} s, render {report.RenderTime.TotalSeconds:0.0} s, {report.PagesPerSecond:N0} pages/s)."));
            Console.WriteLine(report.SearchIndexed ? "Search index written by Pagefind." : "No search index: install Node.js and run `npm ci` to add one.");
            return 0;
        });
        return command;
    }
}
