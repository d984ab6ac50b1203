using Transparency.Web.Domain;

namespace Transparency.Web.Insights.Timeliness;

/// <summary>
/// Deadlines under the current rule (<see cref="DeadlineRule"/>, which says how a return is judged) for every quarter from the first the portal holds a return for, and which
/// of those quarters are due (their deadline has passed). The arrays go to the database as parameters, so the
/// rule is applied in SQL without a table of quarters.
/// </summary>
public sealed class TimelinessSchedule
{
    public TimelinessSchedule(DeadlineRule rule, Quarter? firstQuarter, Quarter? lastReturned, DateOnly today)
    {
        Rule = rule;
        var quarters = new List<Quarter>();
        var due = new List<Quarter>();
        for (var quarter = firstQuarter; quarter is { } q && (rule.IsDue(q, today) || q <= lastReturned); quarter = q.Next)
        {
            quarters.Add(q);
            if (rule.IsDue(q, today))
            {
                due.Add(q);
            }
        }

        DueQuarters = due;
        DueCodes = [.. due.Select(q => q.Code)];
        DueKeys = [.. due.Select(q => KeyOf(q.Code, rule.DueDate(q).DayNumber))];
        Deadlines = [.. quarters.Select(rule.DueDate)];
        DeadlineDayNumbers = [.. Deadlines.Select(d => d.DayNumber)];
        FirstOrdinal = quarters.Count > 0 ? Ordinal(quarters[0].Code) : 0;
        TodayDayNumber = today.DayNumber;
    }

    /// <summary>The day the schedule judges as of: a return first published after it counts as not published (<see cref="DeadlineRule.Judge"/>).</summary>
    internal int TodayDayNumber { get; }

    public DeadlineRule Rule { get; }

    /// <summary>The quarters whose deadline has passed, oldest first.</summary>
    public IReadOnlyList<Quarter> DueQuarters { get; }

    internal int[] DueCodes { get; }

    /// <summary>
    /// Each due quarter with its deadline in one integer, <c>deadline day number * KeyBase + quarter code</c>, so a
    /// query over many rows reads both by arithmetic rather than looking the deadline up in a JSON array per row.
    /// </summary>
    internal long[] DueKeys { get; }

    internal const long KeyBase = 100_000;

    /// <summary>Deadlines of consecutive quarters from the first; index a quarter by <c>Ordinal(code) - FirstOrdinal</c>.</summary>
    internal DateOnly[] Deadlines { get; }

    internal int[] DeadlineDayNumbers { get; }

    internal int FirstOrdinal { get; }

    internal static long KeyOf(int code, int deadlineDayNumber) => deadlineDayNumber * KeyBase + code;

    /// <summary>A quarter's position in time, four per year, so consecutive quarters differ by one.</summary>
    internal static int Ordinal(int code) => code / 10 * 4 + code % 10;
}
