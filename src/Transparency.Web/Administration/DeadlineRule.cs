using System.Globalization;
using Transparency.Web.Domain;

namespace Transparency.Web.Administration;

/// <summary>When a quarter's return is due: a number of months and days after the quarter ends.</summary>
public sealed record DeadlineRule(int MonthsAfterQuarterEnd, int ExtraDays)
{
    public const int MaxMonths = 12;
    public const int MaxDays = 60;

    /// <summary>One calendar month after the quarter ends, as <see cref="Quarter.DefaultDeadline"/>.</summary>
    public static readonly DeadlineRule Default = new(1, 0);

    public DateOnly DueDate(Quarter quarter) => quarter.DeadlineAfter(MonthsAfterQuarterEnd, ExtraDays);

    public string Describe()
    {
        var months = MonthsAfterQuarterEnd == 1 ? "1 month" : $"{MonthsAfterQuarterEnd} months";
        var days = ExtraDays == 0 ? string.Empty : ExtraDays == 1 ? " and 1 day" : $" and {ExtraDays} days";
        return $"{months}{days} after the quarter ends";
    }

    public string ToSetting() => string.Create(CultureInfo.InvariantCulture, $"months={MonthsAfterQuarterEnd};days={ExtraDays}");

    public static DeadlineRule FromSetting(string? value)
    {
        var parts = (value ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => int.TryParse(p[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1, StringComparer.Ordinal);
        var months = parts.GetValueOrDefault("months", -1);
        var days = parts.GetValueOrDefault("days", 0);
        return months is >= 0 and <= MaxMonths && days is >= 0 and <= MaxDays ? new DeadlineRule(months, days) : Default;
    }
}
