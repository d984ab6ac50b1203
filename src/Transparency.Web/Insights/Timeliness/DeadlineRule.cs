using Transparency.Web.Domain;

namespace Transparency.Web.Insights.Timeliness;

/// <summary>
/// When a quarter's return is due: <see cref="Months"/> calendar months and <see cref="Days"/> days after the
/// quarter ends. The default, one month, makes 2025-26 Q1 (April to June) due on 31 July 2025. Administrators
/// set the rule; <see cref="AdministrationDeadlineRuleSource"/> reads it.
/// </summary>
public sealed record DeadlineRule(int Months, int Days)
{
    public static DeadlineRule Default { get; } = new(1, 0);

    public DateOnly DeadlineFor(Quarter quarter) => quarter.DeadlineAfter(Months, Days);
}
