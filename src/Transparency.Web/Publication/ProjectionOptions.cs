using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Publication;

/// <summary>Settings of the background projections (section "Projections").</summary>
public sealed class ProjectionOptions
{
    public const string Section = "Projections";

    /// <summary>How often each projection asks the log for entries committed by other instances.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before retrying a projection that failed; retries back off up to it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Most log entries applied in one batch; a longer backlog is applied in several.</summary>
    [Range(1, 1_000_000)]
    public int MaxBatchEntries { get; set; } = 5_000;

    /// <summary>/health reports a projection as degraded once the oldest entry it has not applied is older than this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LagWarning { get; set; } = TimeSpan.FromMinutes(5);
}
