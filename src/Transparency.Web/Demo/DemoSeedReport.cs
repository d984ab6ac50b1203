namespace Transparency.Web.Demo;

/// <summary>What a seeding run wrote and how fast, for the command line and the benchmark.</summary>
public sealed record DemoSeedReport(string Scale, int Seed, long Rows, TimeSpan Elapsed, TimeSpan ProcessorTime, long PeakWorkingSetBytes, IReadOnlyDictionary<string, long> RowsByTable)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : Rows;

    /// <summary>Rows per second of this process's processor time: steadier than wall time on a busy machine.</summary>
    public double RowsPerProcessorSecond => ProcessorTime.TotalSeconds > 0 ? Rows / ProcessorTime.TotalSeconds : Rows;
}
