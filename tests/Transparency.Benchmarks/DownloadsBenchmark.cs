using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Feeds;
using Transparency.Web.Feeds.Downloads;

namespace Transparency.Benchmarks;

/// <summary>
/// Builds every bulk file (CSV, JSON, per financial year, OCDS records, 360Giving, datapackage.json) from an
/// existing database, as `build-downloads` does, and reports time, size, rows and peak memory. It only reads
/// the database, so it can run against the shared national-scale copy.
/// </summary>
public static class DownloadsBenchmark
{
    public static Command Create()
    {
        var engine = new Option<string>("--engine") { Description = "sqlite or postgres", DefaultValueFactory = _ => "sqlite" };
        var database = new Option<string>("--database") { Description = "SQLite file or Npgsql connection string", DefaultValueFactory = _ => "/work/bench/national.db" };
        var output = new Option<string?>("--output") { Description = "Folder for the files (default: a new temporary folder, removed afterwards)" };
        var command = new Command("downloads", "Build every bulk file from an existing database and report the time and sizes.") { engine, database, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var connection = parse.GetValue(database)!;
            var chosenEngine = parse.GetValue(engine)!;
            if (!chosenEngine.Equals("postgres", StringComparison.OrdinalIgnoreCase) && !connection.Contains('=', StringComparison.Ordinal))
            {
                connection = $"Data Source={connection};Mode=ReadOnly";
            }

            var folder = parse.GetValue(output) ?? Directory.CreateTempSubdirectory("transparency-downloads-").FullName;
            var services = new ServiceCollection()
                .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true))
                .AddScoped(_ => BenchmarkDatabase.Open(chosenEngine, connection))
                .AddSingleton(new PortalPaths(folder, folder))
                .AddSingleton(Options.Create(new FeedsOptions()))
                .AddSingleton(TimeProvider.System)
                .AddSingleton<DownloadsStore>()
                .AddSingleton<DownloadsBuilder>()
                .BuildServiceProvider();
            Console.WriteLine($"Machine: {BenchmarkDatabase.Describe()}");
            var stopwatch = Stopwatch.StartNew();
            var build = await services.GetRequiredService<DownloadsBuilder>().BuildAsync(cancellationToken);
            stopwatch.Stop();
            using var process = Process.GetCurrentProcess();
            var bytes = build.Files.Sum(f => f.Bytes);
            var gzip = build.Files.Sum(f => f.GzipBytes ?? 0);
            Console.WriteLine($"{build.Files.Count:N0} files, {bytes / 1048576.0:N0} MiB ({gzip / 1048576.0:N0} MiB gzipped) in {stopwatch.Elapsed.TotalSeconds:N0} s: " +
                $"{bytes / 1048576.0 / stopwatch.Elapsed.TotalSeconds:N1} MiB/s written, peak memory {process.PeakWorkingSet64 / 1048576:N0} MiB");
            foreach (var file in build.Files.Where(f => !f.Path.Contains("/20", StringComparison.Ordinal)).OrderByDescending(f => f.Bytes).Take(8))
            {
                Console.WriteLine($"  {file.Path,-36} {file.Bytes / 1048576.0,10:N1} MiB");
            }

            if (parse.GetValue(output) is null)
            {
                Directory.Delete(folder, recursive: true);
            }

            return 0;
        });
        return command;
    }
}
