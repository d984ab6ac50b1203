using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Transparency.Benchmarks;

/// <summary>
/// Latency and throughput of representative OData queries. Starts the portal on the given database (SQLite file or
/// PostgreSQL connection string) on 127.0.0.1, sends each query from 1 and then 16 concurrent clients, and prints
/// p50/p95/p99 and requests per second. Requests never leave the machine.
/// </summary>
public static class ApiBenchmark
{
    private static readonly (string Name, string Url)[] Queries =
    [
        ("by key", "/odata/Contracts(12345)"),
        ("filtered, ordered page", "/odata/Funding?$filter=Quarter eq '2025-26 Q2' and Amount gt 1000000&$orderby=Amount desc&$top=100"),
        ("$expand", "/odata/Contracts?$filter=Sector eq 'Health'&$top=50&$expand=Provider($select=Name),Kpis($select=Name,Kind)"),
        ("$count", "/odata/Funding/$count?$filter=Quarter eq '2025-26 Q2'"),
        ("deep page by nextLink", "/odata/Funding?$select=Id,Amount&$skiptoken=Id-1500000"),
        ("$apply total by sector and year", "/odata/Funding?$apply=filter(FinancialYear eq '2025-26')/groupby((Contract/Sector,FinancialYear),aggregate(Amount with sum as Total))"),
        ("$apply total by sector, all quarters", "/odata/Funding?$apply=groupby((Contract/Sector),aggregate(Amount with sum as Total))"),
        ("navigation path with $filter", "/odata/Contracts(12345)/KpiResults?$filter=Quarter eq '2025-26 Q2'&$select=Id,Actual,Rating"),
        ("nested next link", "/odata/Contracts/12345/KpiResults?$select=Id&$skiptoken=Id-0"),
        ("CSV page by key", "/odata/Funding?$select=Id,Quarter,Amount&$skiptoken=Id-1500000&$format=csv"),
    ];

    private static readonly int[] Concurrency = [1, 16];

    public static Command Create()
    {
        var engine = new Option<string>("--engine") { Description = "sqlite or postgres", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string>("--connection") { Description = "SQLite file (use a copy) or Npgsql connection string", Required = true };
        var requests = new Option<int>("--requests") { Description = "Requests per query and concurrency level", DefaultValueFactory = _ => 64 };
        var only = new Option<string?>("--only") { Description = "Run only the queries whose name contains this text" };
        var command = new Command("api", "Measure OData query latency and throughput at 1 and 16 concurrent clients.") { engine, connection, requests, only };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var port = FreePort();
            // Its own data folder, so the portal neither reads nor writes the repository's data/ (uploads, site, downloads).
            var folder = Directory.CreateTempSubdirectory("transparency-api-bench-").FullName;
            // No answer cache: each request is answered by the database, as the first asker's is.
            using var portal = StartPortal(parse.GetValue(engine)!, parse.GetValue(connection)!, port, "--Storage:DataFolder", folder, "--Bulkheads:CacheDuration", "00:00:00");
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
                await WaitForHealthAsync(client, cancellationToken);
                var building = Stopwatch.StartNew();
                await WaitForProjectionAsync(client, "funding-totals", cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Funding totals at the log head {building.Elapsed.TotalSeconds:N1} s after the portal answered"));
                Console.WriteLine($"Machine: {BenchmarkDatabase.Describe()}; engine {parse.GetValue(engine)}");
                Console.WriteLine($"{"query",-38} {"clients",7} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"req/s",9} {"failed",8}");
                foreach (var (name, url) in Queries.Where(q => parse.GetValue(only) is not { } text || q.Name.Contains(text, StringComparison.OrdinalIgnoreCase)))
                {
                    await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
                    foreach (var clients in Concurrency)
                    {
                        var (timings, elapsed, failures) = await RunAsync(client, url, clients, parse.GetValue(requests), cancellationToken);
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{name,-38} {clients,7} {Percentile(timings, 50),9:N1} {Percentile(timings, 95),9:N1} {Percentile(timings, 99),9:N1} {timings.Count / elapsed.TotalSeconds,9:N1} {failures,8}"));
                    }
                }
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

    /// <summary>
    /// Sends the query <paramref name="total"/> times from <paramref name="clients"/> clients. A failed answer (such as
    /// 503 when the query time limit stops it on a loaded machine) is counted and timed like the others, not fatal.
    /// </summary>
    private static async Task<(List<double> Timings, TimeSpan Elapsed, int Failures)> RunAsync(HttpClient client, string url, int clients, int total, CancellationToken cancellationToken)
    {
        var timings = new List<double>();
        var failures = 0;
        var next = 0;
        var overall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= total)
            {
                var stopwatch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }

                lock (timings)
                {
                    timings.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }
        }));
        return (timings, overall.Elapsed, failures);
    }

    internal static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    internal static Process StartPortal(string engine, string connection, int port, params string[] settings)
    {
        var postgres = engine.Equals("postgres", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "Transparency.Web.dll"), "--urls", $"http://127.0.0.1:{port}",
                "--Database:Provider", postgres ? "Postgres" : "Sqlite",
                "--Database:ConnectionString", postgres ? connection : $"Data Source={connection}",
                "--Database:MigrateOnStart", "false", "--Demo:SeedWhenEmpty", "false", "--Site:BuildOnStart", "false", "--Feeds:BuildDownloadsOnStart", "false",
                "--Api:RequestsPerWindow", "100000", "--Api:QueryTimeoutSeconds", "60",
                "--Logging:LogLevel:Default", "Warning",
            },
            RedirectStandardOutput = true,
        };
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The portal did not start.");

        // Read and dropped: a pipe nobody reads fills up, and then every log call in the portal blocks its thread.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    internal static async Task WaitForHealthAsync(HttpClient client, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new InvalidOperationException("The portal did not become healthy within a minute.");
    }

    /// <summary>Waits until /health reports the projection at the log head (the totals are built at start).</summary>
    internal static async Task WaitForProjectionAsync(HttpClient client, string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
            using var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (Find(health.RootElement, name) is { } status
                && status.TryGetProperty("position", out var position) && position.ValueKind == System.Text.Json.JsonValueKind.Number
                && position.GetInt64() == status.GetProperty("head").GetInt64())
            {
                return;
            }

            await Task.Delay(500, cancellationToken);
        }

        static System.Text.Json.JsonElement? Find(System.Text.Json.JsonElement element, string property)
        {
            if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                foreach (var child in element.EnumerateObject())
                {
                    if (child.NameEquals(property))
                    {
                        return child.Value;
                    }

                    if (Find(child.Value, property) is { } found)
                    {
                        return found;
                    }
                }
            }
            else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, property) is { } found)
                    {
                        return found;
                    }
                }
            }

            return null;
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
