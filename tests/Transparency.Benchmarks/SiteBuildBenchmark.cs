using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Transparency.Web.Data;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Benchmarks;

/// <summary>
/// Builds the whole site from a national-scale SQLite database (read-only) and then the incremental update
/// one provider's publication causes, and reports pages/s and seconds. The search index is left out of the
/// full-build figure (Pagefind's own time is reported separately when --search is given).
/// </summary>
public static class SiteBuildBenchmark
{
    public static Command Create()
    {
        var database = new Option<string>("--database") { Description = "SQLite file to read", Required = true };
        var output = new Option<string?>("--out") { Description = "Folder to write the site to (default: a new temporary folder, deleted afterwards)" };
        var search = new Option<bool>("--search") { Description = "Also run Pagefind after the full build" };
        var incrementalOnly = new Option<bool>("--incremental-only") { Description = "Skip the full build and log each database command of the incremental rebuild with its time" };
        var command = new Command("site", "Full build of the site, then an incremental rebuild after one provider publishes.") { database, output, search, incrementalOnly };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(output) ?? Directory.CreateTempSubdirectory("transparency-site-bench-").FullName;
            await using var portal = new WebApplicationFactory<Transparency.Web.Site.Serving.SiteFileProvider>().WithWebHostBuilder(builder =>
            {
                builder.UseContentRoot(Path.Combine(AppContext.BaseDirectory));
                builder.UseSetting("Database:Provider", "Sqlite");
                builder.UseSetting("Database:ConnectionString", $"Data Source={parse.GetValue(database)};Mode=ReadOnly");
                builder.UseSetting("Database:MigrateOnStart", "false");
                builder.UseSetting("Demo:SeedWhenEmpty", "false");
                builder.UseSetting("Demo:DemoAccounts", "false");
                builder.UseSetting("Site:BuildOnStart", "false");
                builder.UseSetting("Feeds:BuildDownloadsOnStart", "false");
                builder.UseSetting("Site:SearchIndex", parse.GetValue(search) ? "true" : "false");
                builder.UseSetting("Storage:DataFolder", Path.Combine(folder, "data"));
                builder.UseSetting("Logging:LogLevel:Transparency.Web.Site.Build", "Debug");

                builder.ConfigureTestServices(services =>
                {
                    // The portal keeps its data-protection keys in the database, which this benchmark opens read-only; nobody signs in here.
                    services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());

                    // The background projections (feeds, search index, API caches) would build beside the site and be measured with it.
                    services.RemoveAll<IHostedService>();
                });
                if (parse.GetValue(incrementalOnly))
                {
                    builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
                }
            });
            Console.WriteLine($"Machine: {BenchmarkDatabase.Describe()}");
            await using var memory = new MemorySampler();
            if (!parse.GetValue(incrementalOnly))
            {
                await using (var scope = portal.Services.CreateAsyncScope())
                {
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var full = await scope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildAsync(Path.Combine(folder, "full"), SiteScope.Everything, cancellationToken);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"Full build: {full.Pages:N0} pages in {full.Elapsed.TotalSeconds:0.0} s (read {full.ReadTime.TotalSeconds:0.0} s, render and write {full.RenderTime.TotalSeconds:0.0} s): {full.PagesPerSecond:N0} pages/s; search index {(full.SearchIndexed ? "written" : "skipped")}."));
                    Console.WriteLine($"  {full.Timings}");
                    Console.WriteLine(Usage(cpu));
                    Console.WriteLine($"  Memory: {memory.Describe()}");
                    SitePageSizes.Print(Path.Combine(folder, "full"));
                }
            }

            await using (var scope = portal.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
                var provider = await db.Returns.OrderByDescending(r => r.FirstPublishedAt).Select(r => r.ProviderId).FirstAsync(cancellationToken);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var update = await scope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildAsync(Path.Combine(folder, "layer"), SiteScope.ForProvider(provider), cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Incremental rebuild after provider {provider} publishes: {update.Pages:N0} pages in {update.Elapsed.TotalSeconds:0.00} s (read {update.ReadTime.TotalSeconds:0.00} s)."));
                Console.WriteLine($"  {update.Timings}");
                Console.WriteLine(Usage(cpu));
            }

            if (parse.GetValue(output) is null)
            {
                Directory.Delete(folder, recursive: true);
            }

            return 0;
        });
        return command;
    }

    /// <summary>This process's CPU time since <paramref name="cpuBefore"/> (Pagefind runs in a child process and is not counted) and the load average.</summary>
    private static string Usage(TimeSpan cpuBefore)
    {
        using var process = Process.GetCurrentProcess();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
        return string.Create(CultureInfo.InvariantCulture, $"  CPU (user + sys) {(process.TotalProcessorTime - cpuBefore).TotalSeconds:0.0} s; load average {load}; since start: {GC.CollectionCount(2)} full GCs, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.0} s, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB");
    }
}
