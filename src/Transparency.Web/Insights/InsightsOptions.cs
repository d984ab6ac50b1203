using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights;

/// <summary>Bound from the "Insights" configuration section.</summary>
public sealed class InsightsOptions
{
    public const string Section = "Insights";

    /// <summary>
    /// The deadline rule used until an administrator sets one (the portal setting named by
    /// <see cref="Timeliness.DeadlineRule.SettingKey"/>): this many calendar months after the quarter ends.
    /// </summary>
    [Range(0, 12)]
    public int DefaultDeadlineMonths { get; set; } = 1;

    /// <summary>Extra days on top of <see cref="DefaultDeadlineMonths"/>.</summary>
    [Range(0, 366)]
    public int DefaultDeadlineDays { get; set; }
}
