using System.Globalization;
namespace Transparency.Web.Domain;

/// <summary>
/// When a return is due, and whether it came on time: the one rule the site, administration and the insights apply.
/// A quarter's deadline is a number of months and days after it ends, under the rule in force now (the administrator's
/// <c>deadline-rule</c> setting, read by <c>Administration.DeadlineRules</c>): a change of rule re-judges every quarter,
/// so every surface gives the same verdict. A provider owes a return for each quarter in which one of its contracts is
/// active; the return counts from the UTC day of its first publication, if it is public now (a withdrawn return is
/// missing); a later correction does not make it late. The insights apply the same comparison in SQL (day numbers).
/// </summary>
public sealed record DeadlineRule(int MonthsAfterQuarterEnd, int ExtraDays)
{
    public const int MaxMonths = 12;
    public const int MaxDays = 60;

    /// <summary>One calendar month after the quarter ends, as <see cref="Quarter.DefaultDeadline"/>.</summary>
    public static readonly DeadlineRule Default = new(1, 0);

    public DateOnly DueDate(Quarter quarter) => quarter.DeadlineAfter(MonthsAfterQuarterEnd, ExtraDays);

    /// <summary>Whether the quarter's deadline had passed by <paramref name="today"/>, so its returns count as due.</summary>
    public bool IsDue(Quarter quarter, DateOnly today) => DueDate(quarter) < today;

    /// <summary>
    /// The verdict on a return as of <paramref name="today"/>. <paramref name="firstPublished"/> is the UTC day the return
    /// was first published, or null when it has no public version; a publication after <paramref name="today"/> has not
    /// happened yet as far as that day is concerned.
    /// </summary>
    public TimelinessStatus Judge(Quarter quarter, DateOnly? firstPublished, DateOnly today) =>
        firstPublished is { } day && day <= today
            ? (day <= DueDate(quarter) ? TimelinessStatus.OnTime : TimelinessStatus.Late)
            : (IsDue(quarter, today) ? TimelinessStatus.Missing : TimelinessStatus.NotYetDue);

    /// <summary>The latest quarter whose deadline had passed by <paramref name="today"/>.</summary>
    public Quarter LatestDueBy(DateOnly today)
    {
        var quarter = Quarter.Containing(today);
        while (!IsDue(quarter, today))
        {
            quarter = quarter.Previous;
        }

        return quarter;
    }

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
