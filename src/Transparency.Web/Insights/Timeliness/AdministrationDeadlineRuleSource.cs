using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Insights.Timeliness;

/// <summary>
/// The insights' view of the deadline rule administrators set: read through <see cref="Administration.DeadlineRules"/>
/// so timeliness is judged by the same rule that sets each return's due date.
/// </summary>
public sealed class AdministrationDeadlineRuleSource(TransparencyDbContext db) : IDeadlineRuleSource
{
    public Task<DeadlineRule> GetAsync(CancellationToken cancellationToken) => Administration.DeadlineRules.ReadAsync(db, cancellationToken);
}
