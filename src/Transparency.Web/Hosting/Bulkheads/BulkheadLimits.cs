using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Hosting.Bulkheads;

/// <summary>One compartment's limits: how many requests run at once, how many wait, and for how long.</summary>
public sealed class BulkheadLimits
{
    [Range(1, 1024)]
    public int Concurrency { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    [Range(0, 10_000)]
    public int QueueLength { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
