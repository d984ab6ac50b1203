using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Domain;
using Transparency.Web.Feeds;
using Transparency.Web.Links;

namespace Transparency.Benchmarks;

/// <summary>
/// Latency of the documents built per request: one contract's OCDS record package, one provider's and one sector's
/// Atom feed, and /catalog.jsonld, plus the head and first 64 KiB of the bulk OCDS package when the data folder has
/// a bulk build. Cold is the first request for each of several different contracts, providers or sectors (nothing
/// cached); warm repeats the same requests (answered from the feeds cache). Requests never leave the machine.
/// </summary>
public static class FeedsBenchmark
{
    private const int FirstBytes = 64 * 1024;

    public static Command Create()
    {
        var connection = new Option<string>("--connection") { Description = "SQLite file (use a copy: the portal opens it for writing)", Required = true };
        var data = new Option<string?>("--data") { Description = "Data folder whose downloads/ holds a bulk build (made with `downloads --output`); default: none" };
        var targets = new Option<int>("--targets") { Description = "Different contracts and providers asked for cold", DefaultValueFactory = _ => 20 };
        var repeats = new Option<int>("--repeats") { Description = "Warm requests per target", DefaultValueFactory = _ => 5 };
        var command = new Command("feeds", "Measure cold and warm latency of OCDS, Atom feeds, the bulk OCDS file and the catalogue.") { connection, data, targets, repeats };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var database = parse.GetValue(connection)!;
            var cases = await PlanAsync(database, parse.GetValue(targets), cancellationToken);
            var folder = parse.GetValue(data) ?? Directory.CreateTempSubdirectory("transparency-feeds-").FullName;
            var port = ApiBenchmark.FreePort();
            using var portal = ApiBenchmark.StartPortal("sqlite", database, port,
                "--Storage:DataFolder", folder);
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
                await ApiBenchmark.WaitForHealthAsync(client, cancellationToken);
                Console.WriteLine($"Machine: {BenchmarkDatabase.Describe()}; database {database}");
                Console.WriteLine($"{"case",-30} {"targets",7} {"cold p50",9} {"cold p95",9} {"warm p50",9} {"warm p95",9} {"KiB",8}");
                foreach (var (name, urls) in cases)
                {
                    await MeasureAsync(client, name, urls, parse.GetValue(repeats), cancellationToken);
                }

                await MeasureBulkAsync(client, parse.GetValue(repeats), cancellationToken);
            }
            finally
            {
                portal.Kill(entireProcessTree: true);
                if (parse.GetValue(data) is null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>Spreads the targets over the database: contracts and providers at even steps of their ids, every sector.</summary>
    private static async Task<List<(string Name, List<string> Urls)>> PlanAsync(string database, int targets, CancellationToken cancellationToken)
    {
        await using var db = BenchmarkDatabase.Open("sqlite", $"Data Source={database};Mode=ReadOnly");
        var contracts = await db.Contracts.OrderBy(c => c.Id).Select(c => c.Reference).ToListAsync(cancellationToken);
        var providers = await db.Contracts.Select(c => c.Provider!.Identifier).Distinct().OrderBy(i => i).ToListAsync(cancellationToken);
        return
        [
            ("OCDS record, one contract", Spread(contracts, targets).Select(SiteUrls.OcdsRecordPackage).ToList()),
            ("Atom, one provider", Spread(providers, targets).Select(p => $"/feeds/providers/{Uri.EscapeDataString(p)}.atom").ToList()),
            ("Atom, one sector", Enum.GetValues<Sector>().Select(s => $"/feeds/sectors/{SiteUrls.SectorSlug(s)}.atom").ToList()),
            ("catalog.jsonld", ["/catalog.jsonld"]),
        ];
    }

    private static IEnumerable<string> Spread(List<string> all, int count) =>
        Enumerable.Range(0, Math.Min(count, all.Count)).Select(i => all[(int)((long)i * all.Count / Math.Min(count, all.Count))]);

    private static async Task MeasureAsync(HttpClient client, string name, List<string> urls, int repeats, CancellationToken cancellationToken)
    {
        var cold = new List<double>();
        var warm = new List<double>();
        long bytes = 0;
        foreach (var url in urls)
        {
            var (ms, size) = await TimeAsync(client, new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative)), cancellationToken);
            cold.Add(ms);
            bytes += size;
        }

        for (var round = 0; round < repeats; round++)
        {
            foreach (var url in urls)
            {
                warm.Add((await TimeAsync(client, new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative)), cancellationToken)).Ms);
            }
        }

        Print(name, urls.Count, cold, warm, bytes / urls.Count);
    }

    private static async Task MeasureBulkAsync(HttpClient client, int repeats, CancellationToken cancellationToken)
    {
        var path = new Uri("/downloads/" + Transparency.Web.Feeds.Downloads.DownloadsBuilder.OcdsRecordsPath, UriKind.Relative);
        using (var probe = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), cancellationToken))
        {
            if (!probe.IsSuccessStatusCode)
            {
                Console.WriteLine($"bulk OCDS: not measured ({(int)probe.StatusCode}): pass --data with a folder made by `downloads --output <folder>`");
                return;
            }
        }

        foreach (var (name, head) in new[] { ("bulk OCDS, HEAD", true), ("bulk OCDS, first 64 KiB", false) })
        {
            var timings = new List<double>();
            for (var i = 0; i <= repeats * 4; i++)
            {
                var request = new HttpRequestMessage(head ? HttpMethod.Head : HttpMethod.Get, path);
                request.Headers.Range = head ? null : new RangeHeaderValue(0, FirstBytes - 1);
                timings.Add((await TimeAsync(client, request, cancellationToken)).Ms);
            }

            Print(name, 1, timings.Take(1).ToList(), timings.Skip(1).ToList(), head ? 0 : FirstBytes);
        }
    }

    private static async Task<(double Ms, long Bytes)> TimeAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            response.EnsureSuccessStatusCode();
            return (stopwatch.Elapsed.TotalMilliseconds, body.Length);
        }
    }

    private static void Print(string name, int targets, List<double> cold, List<double> warm, long bytes) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-30} {targets,7} {ApiBenchmark.Percentile(cold, 50),9:N1} {ApiBenchmark.Percentile(cold, 95),9:N1} {ApiBenchmark.Percentile(warm, 50),9:N1} {ApiBenchmark.Percentile(warm, 95),9:N1} {bytes / 1024.0,8:N1}"));
}
