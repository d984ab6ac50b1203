using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

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
        var dates = schedule.Deadlines;
        var first = schedule.FirstOrdinal;
        return from d in Due(schedule)
               join provider in db.Organisations on d.ProviderId equals provider.Id
               let daysLate = d.DaysAfterDeadline
               select new ReturnTimelinessRow
               {
                   QuarterCode = d.QuarterCode,
                   ProviderId = d.ProviderId,
                   ProviderName = provider.Name,
                   Deadline = dates[d.QuarterCode / 10 * 4 + d.QuarterCode % 10 - first],
                   Status = d.ReturnId == null ? nameof(TimelinessStatus.Missing) : daysLate <= 0 ? nameof(TimelinessStatus.OnTime) : nameof(TimelinessStatus.Late),
                   FirstPublishedAt = d.FirstPublishedAt,
                   DaysLate = d.ReturnId == null ? null : daysLate <= 0 ? 0 : daysLate,
               };
    }

    /// <summary>One row per quarter due.</summary>
    public IQueryable<QuarterTimelinessRow> Quarters(TimelinessSchedule schedule)
    {
        var dates = schedule.Deadlines;
        var first = schedule.FirstOrdinal;
        return Tally(Due(schedule).GroupBy(d => d.QuarterCode))
            .Select(t => new QuarterTimelinessRow
            {
                QuarterCode = t.Key,
                Deadline = dates[t.Key / 10 * 4 + t.Key % 10 - first],
                Due = t.Due,
                OnTime = t.OnTime,
                Late = t.Returned - t.OnTime,
                Missing = t.Due - t.Returned,
                OnTimePercent = 100.0 * t.OnTime / t.Due,
                AverageDaysLate = t.Returned == t.OnTime ? null : (double)t.DaysLate / (t.Returned - t.OnTime),
            });
    }

    /// <summary>One row per provider that has owed at least one return.</summary>
    public IQueryable<ProviderTimelinessRow> Providers(TimelinessSchedule schedule) =>
        from t in Tally(Due(schedule).GroupBy(d => d.ProviderId))
        join provider in db.Organisations on t.Key equals provider.Id
        select new ProviderTimelinessRow
        {
            ProviderId = t.Key,
            ProviderName = provider.Name,
            Due = t.Due,
            OnTime = t.OnTime,
            Late = t.Returned - t.OnTime,
            Missing = t.Due - t.Returned,
            OnTimePercent = 100.0 * t.OnTime / t.Due,
            AverageDaysLate = t.Returned == t.OnTime ? null : (double)t.DaysLate / (t.Returned - t.OnTime),
        };

    /// <summary>
    /// The due pairs: every provider with a contract, crossed with the due quarters, kept where one of its contracts
    /// is active. Starting from providers makes each check one seek on the contracts' (provider, first, last)
    /// index, instead of expanding every contract over every quarter and removing the duplicates.
    /// </summary>
    private IQueryable<DueReturn> Due(TimelinessSchedule schedule)
    {
        var keys = schedule.DueKeys;

        // A cross join filtered afterwards: SQLite cannot run the correlated (APPLY) form.
        var due = db.Contracts.Select(c => c.ProviderId).Distinct()
            .SelectMany(p => keys.Where(key => key > 0), (p, key) => new { ProviderId = p, Code = (int)(key % TimelinessSchedule.KeyBase), Deadline = (int)(key / TimelinessSchedule.KeyBase) })
            .Where(x => db.Contracts.Any(c => c.ProviderId == x.ProviderId && c.FirstQuarterCode <= x.Code && x.Code <= c.LastQuarterCode));
        // DeadlineRule.Judge in SQL: a return counts when it is public now and was first published by the schedule's day.
        var today = schedule.TodayDayNumber;
        var published = db.Returns.Where(r => r.FirstPublishedDay != null && r.FirstPublishedDay <= today
            && r.Versions.Any(v => v.Status == PublicStatus.Current));

        return from d in due
               join r in published on new { d.ProviderId, d.Code } equals new { r.ProviderId, Code = r.QuarterCode } into matches
               from r in matches.DefaultIfEmpty()
               select new DueReturn
               {
                   ProviderId = d.ProviderId,
                   QuarterCode = d.Code,
                   ReturnId = r == null ? null : r.Id,
                   FirstPublishedAt = r == null ? null : r.FirstPublishedAt,
                   // The stored day number (Issue5InsightSpeed): an integer subtraction per row instead of date functions.
                   DaysAfterDeadline = r == null ? null : r.FirstPublishedDay - d.Deadline,
               };
    }

    // Each aggregate reads the day arithmetic at most once per row: late = returned - on time and
    // missing = due - returned, so the date functions are not evaluated again for every count.
    private static IQueryable<TimelinessTally> Tally(IQueryable<IGrouping<int, DueReturn>> groups) =>
        groups.Select(g => new TimelinessTally
        {
            Key = g.Key,
            Due = g.Count(),
            Returned = g.Count(d => d.ReturnId != null),
            OnTime = g.Count(d => d.DaysAfterDeadline <= 0),
            DaysLate = g.Sum(d => Math.Max(d.DaysAfterDeadline ?? 0, 0)),
        });
}
