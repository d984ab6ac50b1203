using Transparency.Web.Administration;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// When a quarter's return is due: the rule administrators set on the deadline page (<see cref="DeadlineRules"/>,
/// the <c>deadline-rule</c> setting); without it, one calendar month after the quarter ends.
/// </summary>
public sealed class ReturnDeadlineRule(TransparencyDbContext db)
{
    public async Task<DateOnly> DueDateAsync(Quarter quarter, CancellationToken cancellationToken = default) =>
        (await DeadlineRules.ReadAsync(db, cancellationToken)).DueDate(quarter);
}
