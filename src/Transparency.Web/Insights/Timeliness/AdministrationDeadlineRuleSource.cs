using Transparency.Web.Data;

namespace Transparency.Web.Insights.Timeliness;

/// <summary>
/// The insights' view of the deadline rule administrators set: read through <see cref="Administration.DeadlineRules"/>
/// so timeliness is judged by the same rule that sets each return's due date.
/// </summary>
public sealed class AdministrationDeadlineRuleSource(TransparencyDbContext db) : IDeadlineRuleSource
{
    public async Task<DeadlineRule> GetAsync(CancellationToken cancellationToken)
    {
        var rule = await Administration.DeadlineRules.ReadAsync(db, cancellationToken);
        return new DeadlineRule(rule.MonthsAfterQuarterEnd, rule.ExtraDays);
    }
}
