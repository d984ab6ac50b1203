using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Returns;

/// <summary>Limits on uploads, bound from the "Returns" configuration section and checked at start.</summary>
public sealed class ReturnsOptions
{
    public const string Section = "Returns";

    /// <summary>The largest upload, all files together, in bytes (default 20 MB). The web layer should use the same figure for its request limit.</summary>
    [Range(1024, 1L << 31)]
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>How many CSV files one upload may have.</summary>
    [Range(1, 100)]
    public int MaxFiles { get; set; } = 8;

    /// <summary>How many entries a .zip or .xlsx may hold; a workbook from Excel has about 10 to 30.</summary>
    [Range(1, 10_000)]
    public int MaxArchiveEntries { get; set; } = 200;

    /// <summary>How many bytes the entries of a .zip or .xlsx may expand to, together (default 200 MB).</summary>
    [Range(1024, 1L << 32)]
    public long MaxExpandedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>How many lines one section may have.</summary>
    [Range(1, 10_000_000)]
    public int MaxRowsPerSection { get; set; } = 100_000;

    /// <summary>How many times the same problem is listed for one file before the rest are summed up in one entry.</summary>
    [Range(1, 10_000)]
    public int MaxEntriesPerRule { get; set; } = 25;

    /// <summary>How many entries a report lists at most.</summary>
    [Range(10, 100_000)]
    public int MaxReportEntries { get; set; } = 500;

    public static string Megabytes(long bytes) => bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MB"
        : $"{bytes / (1024.0 * 1024):0.0} MB";
}
