using System.Globalization;

namespace Transparency.Benchmarks;

/// <summary>
/// Samples this process's memory every quarter of a second and keeps the peaks. The peak working set (RSS) counts the
/// database file's pages SQLite reads through mmap (Data/SqlitePragmas), which are the kernel's page cache, shared and
/// dropped under pressure; the anonymous peak is what the build itself holds (managed heap, SQLite's own allocations).
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakResident;
    private long _peakAnonymous;
    private long _peakFile;
    private long _peakGcCommitted;

    public MemorySampler() => _sampling = Task.Run(SampleAsync);

    /// <summary>The peaks since the sampler started, in MiB.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"peak resident {Mib(_peakResident)} MiB (anonymous {Mib(_peakAnonymous)} MiB, file-backed {Mib(_peakFile)} MiB, each at its own peak); peak GC committed {Mib(_peakGcCommitted)} MiB");

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        do
        {
            Sample();
        }
        while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false));
    }

    private void Sample()
    {
        _peakGcCommitted = Math.Max(_peakGcCommitted, GC.GetGCMemoryInfo().TotalCommittedBytes);
        if (!File.Exists("/proc/self/status"))
        {
            return;
        }

        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (Field(line, "VmRSS:") is { } resident)
            {
                _peakResident = Math.Max(_peakResident, resident);
            }
            else if (Field(line, "RssAnon:") is { } anonymous)
            {
                _peakAnonymous = Math.Max(_peakAnonymous, anonymous);
            }
            else if (Field(line, "RssFile:") is { } file)
            {
                _peakFile = Math.Max(_peakFile, file);
            }
        }
    }

    /// <summary>A /proc/self/status line's value in bytes ("RssAnon:  123456 kB"), or null for another field.</summary>
    private static long? Field(string line, string name) =>
        line.StartsWith(name, StringComparison.Ordinal)
            ? long.Parse(line.AsSpan(name.Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024
            : null;

    private static long Mib(long bytes) => bytes / (1024 * 1024);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _sampling;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }

        _stop.Dispose();
    }
}
