using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Insights.Timeliness;

/// <summary>
/// Returns due, on time, late and missing. A provider owes a return for a quarter when at least one of its
/// contracts is active in that quarter and the quarter's deadline has passed; the return counts from its
/// first publication, so a later restatement does not make it late.
/// </summary>
public sealed class TimelinessInsights(TransparencyDbContext db, IDeadlineRuleSource deadlines, TimeProvider clock)
{
    /// <summary>The quarters due as of <paramref name="asOf"/> (default: now) under the current deadline rule.</summary>
    public async Task<TimelinessSchedule> ScheduleAsync(DateTime? asOf = null, CancellationToken cancellationToken = default)
    {
        var rule = await deadlines.GetAsync(cancellationToken);
        var first = await db.Returns.MinAsync(r => (int?)r.QuarterCode, cancellationToken);
        var last = await db.Returns.MaxAsync(r => (int?)r.QuarterCode, cancellationToken);
        var today = DateOnly.FromDateTime(asOf ?? clock.GetUtcNow().UtcDateTime);
        return new TimelinessSchedule(rule, first is { } from ? Quarter.FromCode(from) : null, last is { } to ? Quarter.FromCode(to) : null, today);
    }

    /// <summary>One row per provider and quarter due.</summary>
    public IQueryable<ReturnTimelinessRow> Returns(TimelinessSchedule schedule)
    {
        var codes = schedule.DueCodes;
        var deadlineDays = schedule.DeadlineDayNumbers;
        var dates = schedule.Deadlines;
        var first = schedule.FirstOrdinal;

        // A cross join filtered afterwards: SQLite cannot run the correlated (APPLY) form.
        var due = Published.ContractTerms(db)
            .SelectMany(c => codes.Where(code => code > 0), (c, code) => new { c.ProviderId, c.FirstQuarterCode, c.LastQuarterCode, Code = code })
            .Where(x => x.FirstQuarterCode <= x.Code && x.Code <= x.LastQuarterCode)
            .Select(x => new { x.ProviderId, x.Code })
            .Distinct();
        var published = db.Returns.Where(r => r.FirstPublishedAt != null && r.Versions.Any(v => v.Status == ReturnVersionStatus.Published));

        return from d in due
               join provider in db.Organisations on d.ProviderId equals provider.Id
               join r in published on new { d.ProviderId, d.Code } equals new { r.ProviderId, Code = r.QuarterCode } into matches
               from r in matches.DefaultIfEmpty()
               let index = d.Code / 10 * 4 + d.Code % 10 - first
               let daysLate = DateOnly.FromDateTime(r!.FirstPublishedAt!.Value).DayNumber - deadlineDays[index]
               select new ReturnTimelinessRow
               {
                   QuarterCode = d.Code,
                   ProviderId = d.ProviderId,
                   ProviderName = provider.Name,
                   Deadline = dates[index],
                   Status = r == null ? TimelinessStatus.Missing : daysLate <= 0 ? TimelinessStatus.OnTime : TimelinessStatus.Late,
                   FirstPublishedAt = r == null ? null : r.FirstPublishedAt,
                   DaysLate = r == null ? null : daysLate <= 0 ? 0 : daysLate,
               };
    }

    /// <summary>One row per quarter due.</summary>
    public IQueryable<QuarterTimelinessRow> Quarters(TimelinessSchedule schedule)
    {
        var dates = schedule.Deadlines;
        var first = schedule.FirstOrdinal;
        return Returns(schedule)
            .GroupBy(r => r.QuarterCode)
            .Select(g => new QuarterTimelinessRow
            {
                QuarterCode = g.Key,
                Deadline = dates[g.Key / 10 * 4 + g.Key % 10 - first],
                Due = g.Count(),
                OnTime = g.Count(r => r.Status == TimelinessStatus.OnTime),
                Late = g.Count(r => r.Status == TimelinessStatus.Late),
                Missing = g.Count(r => r.Status == TimelinessStatus.Missing),
                OnTimePercent = 100.0 * g.Count(r => r.Status == TimelinessStatus.OnTime) / g.Count(),
                AverageDaysLate = g.Average(r => r.Status == TimelinessStatus.Late ? (double?)r.DaysLate : null),
            });
    }

    /// <summary>One row per provider that has owed at least one return.</summary>
    public IQueryable<ProviderTimelinessRow> Providers(TimelinessSchedule schedule) =>
        Returns(schedule)
            .GroupBy(r => new { r.ProviderId, r.ProviderName })
            .Select(g => new ProviderTimelinessRow
            {
                ProviderId = g.Key.ProviderId,
                ProviderName = g.Key.ProviderName,
                Due = g.Count(),
                OnTime = g.Count(r => r.Status == TimelinessStatus.OnTime),
                Late = g.Count(r => r.Status == TimelinessStatus.Late),
                Missing = g.Count(r => r.Status == TimelinessStatus.Missing),
                OnTimePercent = 100.0 * g.Count(r => r.Status == TimelinessStatus.OnTime) / g.Count(),
                AverageDaysLate = g.Average(r => r.Status == TimelinessStatus.Late ? (double?)r.DaysLate : null),
            });
}
