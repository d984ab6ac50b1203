using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api;

/// <summary>Operational settings of the public API, bound from the "Api" configuration section.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>A query still running after this many seconds is stopped and answered with an error.</summary>
    [Range(1, 300)]
    public int QueryTimeoutSeconds { get; set; } = 10;

    /// <summary>Requests each client (by IP address) may make per window before getting 429 Too Many Requests.</summary>
    [Range(1, 100_000)]
    public int RequestsPerWindow { get; set; } = 120;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}
