using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Transparency.Benchmarks;

/// <summary>
/// Light-query latency while a flood of heavy queries runs (issue 16's bulkheads): starts the portal on the given
/// database copy, measures one client's light query alone, then again while N clients keep heavy questions in flight,
/// and prints p50/p95/p99 of the light query and what the heavy clients got (200, 503, other). With --distinct every
/// heavy question differs (the number n in place of "{n}" in the heavy query, or a $skip of n), so none is answered
/// from the cache; without it they are the same
/// question, which the cache answers after the first. Polite heavy clients wait for Retry-After after a 503; with
/// --impolite they ask again at once. Requests never leave 127.0.0.1.
/// </summary>
public static class BulkheadBenchmark
{
    public static Command Create()
    {
        var connection = new Option<string>("--connection") { Description = "SQLite file (use a copy: the portal applies pending migrations to it)", Required = true };
        var engine = new Option<string>("--engine") { Description = "sqlite or postgres", DefaultValueFactory = _ => "sqlite" };
        var heavyClients = new Option<int>("--heavy-clients") { Description = "Heavy requests kept in flight", DefaultValueFactory = _ => 200 };
        var seconds = new Option<int>("--seconds") { Description = "How long each phase runs", DefaultValueFactory = _ => 30 };
        var light = new Option<string>("--light") { Description = "The light query", DefaultValueFactory = _ => "/odata/Contracts?$top=10" };
        var heavy = new Option<string>("--heavy")
        {
            Description = "The heavy query; {n} is replaced by a number that differs for every request with --distinct",
            DefaultValueFactory = _ => "/odata/Funding?$apply=filter(Quarter eq '2025-26 Q2' and Amount gt {n})/groupby((Contract/Sector),aggregate(Amount with sum as Total))",
        };
        var distinct = new Option<bool>("--distinct") { Description = "Make every heavy question different, so the cache cannot answer it" };
        var impolite = new Option<bool>("--impolite") { Description = "Heavy clients ask again at once after a 503 instead of waiting for Retry-After" };
        var settings = new Option<string[]>("--setting") { Description = "Extra portal settings, Key=Value (for example Bulkheads:HeavyQueries:Concurrency=2)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("bulkheads", "Light-query latency while heavy queries flood the API.") { connection, engine, heavyClients, seconds, light, heavy, distinct, impolite, settings };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var port = ApiBenchmark.FreePort();
            var folder = Directory.CreateTempSubdirectory("transparency-bulkhead-bench-").FullName;
            // One client stands for many here, so the per-address allowance is lifted (100,000 a second).
            var extra = new List<string> { "--Storage:DataFolder", folder, "--Database:MigrateOnStart", "true", "--Api:QueryTimeoutSeconds", "10", "--Api:RequestsPerWindow", "100000", "--Api:WindowSeconds", "1" };
            foreach (var setting in parse.GetValue(settings) ?? [])
            {
                var (key, value) = (setting.Split('=', 2)[0], setting.Split('=', 2)[^1]);
                extra.AddRange(["--" + key, value]);
            }

            using var portal = ApiBenchmark.StartPortal(parse.GetValue(engine)!, parse.GetValue(connection)!, port, [.. extra]);
            try
            {
                using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
                using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
                await ApiBenchmark.WaitForHealthAsync(client, cancellationToken);
                var phase = TimeSpan.FromSeconds(parse.GetValue(seconds));
                var lightUrl = parse.GetValue(light)!;
                Console.WriteLine($"Machine: {BenchmarkDatabase.Describe()}; engine {parse.GetValue(engine)}; settings {string.Join(' ', parse.GetValue(settings) ?? [])}");
                Console.WriteLine($"Light query {lightUrl}; heavy query {parse.GetValue(heavy)} x {parse.GetValue(heavyClients)} clients, {(parse.GetValue(distinct) ? "distinct" : "identical")}, {(parse.GetValue(impolite) ? "impolite" : "polite")}");
                await client.GetAsync(new Uri(lightUrl, UriKind.Relative), cancellationToken);
                var alone = await LightAsync(client, lightUrl, phase, cancellationToken);
                Report("light alone", alone);

                using var flood = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var outcomes = new Heavy();
                var heavyTasks = Enumerable.Range(0, parse.GetValue(heavyClients))
                    .Select(i => HeavyAsync(client, parse.GetValue(heavy)!, i, parse.GetValue(distinct), parse.GetValue(impolite), outcomes, flood.Token))
                    .ToList();
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                var during = await LightAsync(client, lightUrl, phase, cancellationToken);
                await flood.CancelAsync();
                await Task.WhenAll(heavyTasks);
                Report("light during the flood", during);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"heavy: {outcomes.Ok} answered 200 (p50 {Percentile(outcomes.OkTimes, 50):N0} ms, p99 {Percentile(outcomes.OkTimes, 99):N0} ms), {outcomes.Refused} answered 503 (p50 {Percentile(outcomes.RefusedTimes, 50):N0} ms), {outcomes.Other} other"));
                Console.WriteLine($"Load average after: {BenchmarkDatabase.Describe()}");
            }
            finally
            {
                portal.Kill(entireProcessTree: true);
                await portal.WaitForExitAsync(CancellationToken.None);
                Directory.Delete(folder, recursive: true);
            }

            return 0;
        });
        return command;
    }

    private static async Task<List<double>> LightAsync(HttpClient client, string url, TimeSpan duration, CancellationToken cancellationToken)
    {
        var timings = new List<double>();
        var until = Stopwatch.StartNew();
        while (until.Elapsed < duration)
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            response.EnsureSuccessStatusCode();
            timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            await Task.Delay(20, cancellationToken);
        }

        return timings;
    }

    private static async Task HeavyAsync(HttpClient client, string url, int clientNumber, bool distinct, bool impolite, Heavy outcomes, CancellationToken stop)
    {
        var asked = 0;
        while (!stop.IsCancellationRequested)
        {
            var n = ((clientNumber * 10_000) + asked++).ToString(CultureInfo.InvariantCulture);
            var address = !distinct ? url.Replace("{n}", "0", StringComparison.Ordinal)
                : url.Contains("{n}", StringComparison.Ordinal) ? url.Replace("{n}", n, StringComparison.Ordinal)
                : $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}$skip={n}";
            var stopwatch = Stopwatch.StartNew();
            try
            {
                using var response = await client.GetAsync(new Uri(address, UriKind.Relative), stop);
                await response.Content.ReadAsByteArrayAsync(stop);
                outcomes.Add(response.StatusCode, stopwatch.Elapsed.TotalMilliseconds);
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable) && outcomes.Other == 1)
                {
                    Console.WriteLine($"First other answer: {(int)response.StatusCode} for {address}");
                }

                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && !impolite)
                {
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static void Report(string name, List<double> timings) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-24} {timings.Count,6} requests  p50 {Percentile(timings, 50),8:N1} ms  p95 {Percentile(timings, 95),8:N1} ms  p99 {Percentile(timings, 99),8:N1} ms  max {timings.DefaultIfEmpty(0).Max(),8:N1} ms"));

    private static double Percentile(List<double> values, int percent)
    {
        lock (values)
        {
            return values.Count == 0 ? 0 : ApiBenchmark.Percentile(values, percent);
        }
    }

    private sealed class Heavy
    {
        public List<double> OkTimes { get; } = [];

        public List<double> RefusedTimes { get; } = [];

        public int Ok { get; private set; }

        public int Refused { get; private set; }

        public int Other { get; private set; }

        public void Add(HttpStatusCode status, double milliseconds)
        {
            lock (this)
            {
                switch (status)
                {
                    case HttpStatusCode.OK:
                        Ok++;
                        lock (OkTimes)
                        {
                            OkTimes.Add(milliseconds);
                        }

                        break;
                    case HttpStatusCode.ServiceUnavailable:
                        Refused++;
                        lock (RefusedTimes)
                        {
                            RefusedTimes.Add(milliseconds);
                        }

                        break;
                    default:
                        Other++;
                        break;
                }
            }
        }
    }
}
