using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Administration;

/// <summary>
/// Who is on time, late or missing for a quarter, computed in the database: every provider with a contract
/// active in the quarter, its return's first publication, and the due date (the return's own, or the current rule's
/// when no return exists). A return is late when its first publication falls on a (UTC) day after the due date.
/// </summary>
public sealed class TimelinessReport(TransparencyDbContext db, DeadlineRules deadlines, TimeProvider time)
{
    public async Task<IReadOnlyList<TimelinessRow>> ForQuarterAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        var start = quarter.StartDate;
        var end = quarter.EndDate;
        var code = quarter.Code;
        var ruleDue = await deadlines.DueDateAsync(quarter, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        var rows = await db.Organisations.AsNoTracking()
            .Select(o => new
            {
                o.Id,
                o.Identifier,
                o.Name,
                Active = db.Contracts.Count(c => c.ProviderId == o.Id && c.StartDate <= end && c.EndDate >= start),
                Return = db.Returns.Where(r => r.ProviderId == o.Id && r.QuarterCode == code)
                    .Select(r => new { r.DueDate, r.FirstPublishedAt })
                    .FirstOrDefault(),
            })
            .Where(x => x.Active > 0)
            .Select(x => new
            {
                x.Id,
                x.Identifier,
                x.Name,
                x.Active,
                Due = x.Return == null ? ruleDue : x.Return.DueDate,
                FirstPublishedAt = x.Return == null ? null : x.Return.FirstPublishedAt,
            })
            .Select(x => new
            {
                x.Id,
                x.Identifier,
                x.Name,
                x.Active,
                x.Due,
                x.FirstPublishedAt,
                Status = x.FirstPublishedAt == null
                    ? (x.Due < today ? (int)ReturnTimeliness.Missing : (int)ReturnTimeliness.NotYetDue)
                    : (DateOnly.FromDateTime(x.FirstPublishedAt.Value) > x.Due ? (int)ReturnTimeliness.Late : (int)ReturnTimeliness.OnTime),
            })
            .OrderBy(x => x.Status == (int)ReturnTimeliness.OnTime)
            .ThenBy(x => x.Name)
            .ThenBy(x => x.Identifier)
            .ToListAsync(cancellationToken);

        return [.. rows.Select(x => new TimelinessRow(x.Id, x.Identifier, x.Name, x.Active, x.Due, x.FirstPublishedAt, (ReturnTimeliness)x.Status))];
    }
}
