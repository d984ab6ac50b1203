using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Administration;

/// <summary>
/// Who is on time, late or missing for a quarter: every provider with a contract active in the quarter, judged by
/// <see cref="DeadlineRule.Judge"/> under the current rule, as the public site and the insights judge it.
/// </summary>
public sealed class TimelinessReport(TransparencyDbContext db, DeadlineRules deadlines, TimeProvider time)
{
    public async Task<IReadOnlyList<TimelinessRow>> ForQuarterAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        var start = quarter.StartDate;
        var end = quarter.EndDate;
        var code = quarter.Code;
        var rule = await deadlines.GetAsync(cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        // Only a return that is public now counts as published: one whose versions were all withdrawn is missing.
        var rows = await db.Organisations.AsNoTracking()
            .Select(o => new
            {
                o.Id,
                o.Identifier,
                o.Name,
                Active = db.Contracts.Count(c => c.ProviderId == o.Id && c.StartDate <= end && c.EndDate >= start),
                FirstPublishedAt = db.Returns
                    .Where(r => r.ProviderId == o.Id && r.QuarterCode == code && r.Versions.Any(v => v.Status == ReturnVersionStatus.Published))
                    .Select(r => r.FirstPublishedAt).FirstOrDefault(),
            })
            .Where(x => x.Active > 0)
            .ToListAsync(cancellationToken);

        var due = rule.DueDate(quarter);
        return
        [
            .. rows.Select(x => new TimelinessRow(x.Id, x.Identifier, x.Name, x.Active, due, x.FirstPublishedAt,
                    rule.Judge(quarter, x.FirstPublishedAt is { } at ? DateOnly.FromDateTime(at) : null, today)))
                .OrderBy(r => r.Status == TimelinessStatus.OnTime).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Identifier, StringComparer.Ordinal),
        ];
    }
}
