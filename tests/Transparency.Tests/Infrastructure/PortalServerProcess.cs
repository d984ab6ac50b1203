using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Transparency.Tests.Infrastructure;

/// <summary>
/// The portal's real executable serving HTTP on a free loopback port, against a test database: for tests that kill
/// it, restart it or run two of it. What it prints is kept for failure messages.
/// </summary>
public sealed class PortalServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private PortalServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the portal and waits until /health answers.</summary>
    public static async Task<PortalServerProcess> StartAsync(TestDatabase database, string dataFolder, params (string Key, string Value)[] settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Transparency.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["Demo__SeedWhenEmpty"] = "false";
        start.Environment["Site__SearchIndex"] = "false";
        start.Environment["Site__IndexesRefreshInterval"] = "00:00:00";
        start.Environment["Projections__PollInterval"] = "00:00:00.200";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Transparency"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var server = new PortalServerProcess(Process.Start(start) ?? throw new InvalidOperationException("The portal did not start."), new Uri($"http://127.0.0.1:{port}/"));
        await server.WaitUntilAsync(async () => (await server.TryGetAsync("/health")) is not null, "answer /health");
        return server;
    }

    /// <summary>/health's projections entry: each projection's position and the log head.</summary>
    public async Task<IReadOnlyDictionary<string, (long? Position, long Head)>> ProjectionsAsync()
    {
        var body = await Client.GetStringAsync(new Uri("/health", UriKind.Relative));
        using var json = JsonDocument.Parse(body);
        var projections = json.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "projections");
        return projections.GetProperty("data").EnumerateObject().ToDictionary(
            p => p.Name,
            p => (p.Value.GetProperty("position").ValueKind == JsonValueKind.Number ? p.Value.GetProperty("position").GetInt64() : (long?)null, p.Value.GetProperty("head").GetInt64()));
    }

    /// <summary>Waits until the named projections report the given position (read from /health, as an operator would).</summary>
    public Task CatchUpAsync(long position, params string[] names) => WaitUntilAsync(async () =>
    {
        var seen = await ProjectionsAsync();
        return names.All(n => seen.TryGetValue(n, out var p) && p.Position >= position);
    }, $"reach log position {position} in {string.Join(", ", names)}");

    public async Task<string?> TryGetAsync(string path)
    {
        try
        {
            using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited ({_process.ExitCode}) before it could {what}. It printed:\n{Output}");
            }

            if (await condition())
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The portal did not {what} within 2 minutes. It printed:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
