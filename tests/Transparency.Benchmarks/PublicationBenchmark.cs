using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Publication;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Benchmarks;

/// <summary>
/// Hosts the portal with its projections on a database (a copy: it is written to), restates one provider's latest
/// return after another, and reports how long each publish request took and how long after its commit the public site
/// and the bulk files showed it, with the bytes the process wrote meanwhile. A second round publishes back to back
/// without waiting, to show a publish request never waits for the projections.
/// </summary>
public static class PublicationBenchmark
{
    private static readonly string[] SiteAndDownloads = ["site", "downloads"];
    private static readonly string[] SiteOnly = ["site"];

    public static Command Create()
    {
        var engine = new Option<string>("--engine") { Description = "sqlite or postgres", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string?>("--connection") { Description = "A SQLite file (a copy) or an Npgsql connection string; without it, a new SQLite file with demonstration data" };
        var publishes = new Option<int>("--publishes") { Description = "Publications in each round", DefaultValueFactory = _ => 5 };
        var downloads = new Option<bool>("--downloads") { Description = "Keep the bulk files too (their first build comes first)", DefaultValueFactory = _ => true };
        var data = new Option<string?>("--data") { Description = "The data folder to keep between runs (a second run shows the first publication after a restart); default: a new temporary one" };
        var command = new Command("publication", "Lag from a publication's commit to the public site and the bulk files, and publish latency.") { engine, connection, publishes, downloads, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var kept = parse.GetValue(data);
            var folder = kept ?? Directory.CreateTempSubdirectory("transparency-publication-bench-").FullName;
            var chosen = parse.GetValue(engine)!;
            var target = parse.GetValue(connection) ?? Path.Combine(folder, "demo.db");
            var withDownloads = parse.GetValue(downloads);
            var portal = new WebApplicationFactory<PublicationSignal>().WithWebHostBuilder(builder =>
            {
                builder.UseContentRoot(AppContext.BaseDirectory);
                builder.UseSetting("Database:Provider", chosen.Equals("postgres", StringComparison.OrdinalIgnoreCase) ? "Postgres" : "Sqlite");
                builder.UseSetting("Database:ConnectionString", target.Contains('=', StringComparison.Ordinal) ? target : $"Data Source={target}");
                builder.UseSetting("Demo:SeedWhenEmpty", parse.GetValue(connection) is null ? "true" : "false");
                builder.UseSetting("Demo:DemoAccounts", "false");
                builder.UseSetting("Site:SearchIndex", "false");
                builder.UseSetting("Feeds:BuildDownloadsOnStart", withDownloads ? "true" : "false");
                builder.UseSetting("Feeds:StartupBuildDelay", "00:00:00");
                builder.UseSetting("Storage:DataFolder", kept ?? Path.Combine(folder, "data"));
                builder.UseSetting("Logging:LogLevel:Default", "Warning");
            });
            var started = Stopwatch.StartNew();
            try
            {
                _ = portal.Services;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Host started in {started.Elapsed.TotalSeconds:0.0} s (with the site's first build when there was none)"));
                await RunAsync(portal.Services, withDownloads, parse.GetValue(publishes), chosen, cancellationToken);
            }
            finally
            {
                await portal.DisposeAsync();
                if (kept is null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            return 0;
        });
        return command;
    }

    private static async Task RunAsync(IServiceProvider services, bool withDownloads, int publishes, string chosen, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Machine: {BenchmarkDatabase.Describe()}; engine {chosen}");
        var outputs = withDownloads ? SiteAndDownloads : SiteOnly;
        var clock = Stopwatch.StartNew();
        var statuses = services.GetRequiredService<ProjectionStatuses>();
        await statuses.WaitForAsync(await HeadAsync(services, cancellationToken), cancellationToken, outputs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Then {string.Join(" and ", outputs)} caught up with the log in {clock.Elapsed.TotalSeconds:0.0} s"));

        var providers = await ProvidersAsync(services, publishes * 2, cancellationToken);
        var publishTimes = new List<double>();
        var lags = outputs.ToDictionary(o => o, _ => new List<double>());
        foreach (var provider in providers.Take(providers.Count / 2))
        {
            var written = WrittenBytes();
            var (position, publish) = await RestateAsync(services, provider, cancellationToken);
            var committed = Stopwatch.StartNew();
            publishTimes.Add(publish.TotalMilliseconds);
            var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"Provider {provider.Id}: publish {publish.TotalMilliseconds:0} ms"));
            foreach (var output in outputs)
            {
                await statuses.WaitForAsync(position, cancellationToken, output);
                lags[output].Add(committed.Elapsed.TotalMilliseconds);
                line.Append(CultureInfo.InvariantCulture, $", on the {output} after {committed.Elapsed.TotalMilliseconds:0} ms");
            }

            line.Append(CultureInfo.InvariantCulture, $"; {(WrittenBytes() - written) / (1024.0 * 1024):0.0} MiB written");
            Console.WriteLine(line);
        }

        Console.WriteLine(Summary("Publish request (projections idle)", publishTimes));
        foreach (var (output, values) in lags)
        {
            Console.WriteLine(Summary($"Commit to {output}", values));
        }

        var burst = new List<double>();
        long last = 0;
        foreach (var provider in providers.Skip(providers.Count / 2))
        {
            var (position, publish) = await RestateAsync(services, provider, cancellationToken);
            burst.Add(publish.TotalMilliseconds);
            last = position;
        }

        var drained = Stopwatch.StartNew();
        await statuses.WaitForAsync(last, cancellationToken, outputs);
        Console.WriteLine(Summary("Publish request, back to back while the projections work", burst));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Every output caught up {drained.Elapsed.TotalSeconds:0.0} s after the last of them."));
    }

    private static string Summary(string what, List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        double At(double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"{what}: p50 {At(0.5):0} ms, p95 {At(0.95):0} ms, max {sorted[^1]:0} ms over {sorted.Count}");
    }

    /// <summary>Bytes this process has written to storage (Linux /proc/self/io), or 0 where that is not available.</summary>
    private static long WrittenBytes()
    {
        const string path = "/proc/self/io";
        return File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith("write_bytes:", StringComparison.Ordinal)).Select(l => long.Parse(l[12..].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault()
            : 0;
    }

    private static async Task<long> HeadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await PublicationLog.HeadAsync(scope.ServiceProvider.GetRequiredService<TransparencyDbContext>(), cancellationToken);
    }

    /// <summary>Providers with a published return for the latest published quarter, and that quarter.</summary>
    private static async Task<List<(int Id, Quarter Quarter)>> ProvidersAsync(IServiceProvider services, int count, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        var latest = await db.Returns.Where(r => r.FirstPublishedAt != null).MaxAsync(r => r.QuarterCode, cancellationToken);
        var ids = await db.Returns.Where(r => r.QuarterCode == latest && r.FirstPublishedAt != null)
            .OrderBy(r => r.ProviderId).Select(r => r.ProviderId).Take(count).ToListAsync(cancellationToken);
        return [.. ids.Select(id => (id, Quarter.FromCode(latest)))];
    }

    /// <summary>Uploads and publishes a restatement of the provider's return: a fee for each of its contracts active in the quarter.</summary>
    private static async Task<(long Position, TimeSpan Publish)> RestateAsync(IServiceProvider services, (int Id, Quarter Quarter) provider, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        var (start, end) = (provider.Quarter.StartDate, provider.Quarter.EndDate);
        var contracts = await db.Contracts.Where(c => c.ProviderId == provider.Id && c.StartDate <= end && c.EndDate >= start).Select(c => c.Reference).ToListAsync(cancellationToken);
        var csv = new StringBuilder("quarter,contract_reference,payment_type,amount,description\n");
        foreach (var reference in contracts)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{provider.Quarter},{reference},fee,1234.56,Benchmark restatement {Guid.NewGuid():N}\n");
        }

        var file = new UploadedFile("funding.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        var submitted = await scope.ServiceProvider.GetRequiredService<ReturnSubmissionService>()
            .SubmitAsync(new ReturnSubmission(provider.Id, provider.Quarter, [file], "benchmark", null), cancellationToken);
        if (!submitted.Accepted)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, submitted.Report.Errors.Take(5).Select(e => e.Message)));
        }

        var clock = Stopwatch.StartNew();
        var published = await scope.ServiceProvider.GetRequiredService<ReturnPublisher>()
            .PublishAsync(new PublishRequest(submitted.DraftVersionId!.Value, "benchmark", null, "Benchmark restatement"), cancellationToken);
        var elapsed = clock.Elapsed;
        if (!published.Succeeded)
        {
            throw new InvalidOperationException(published.Message);
        }

        var position = await db.PublicationLog.Where(e => e.ReturnVersionId == published.VersionId).Select(e => e.Position).SingleAsync(cancellationToken);
        return (position, elapsed);
    }
}
