using Transparency.Web.Data;

namespace Transparency.Web.PerformanceNotices;

/// <summary>
/// Which contracts miss the Procurement Act's duties on a given day (content/performance-notices.md, "Coverage"): a
/// contract running that day and worth more than £5 million needs at least three KPIs, and, once it has run for 12
/// months, a notice marked ready in the 12 months before that day. One composable query, evaluated in the database.
/// </summary>
public sealed class NoticeCoverage(TransparencyDbContext db)
{
    public IQueryable<NoticeCoverageRow> On(DateOnly day)
    {
        var yearBefore = day.AddMonths(-12);
        var since = yearBefore.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ready = db.Set<PerformanceNotice>().Where(n => n.Status == PerformanceNoticeStatus.Ready);
        return db.Contracts
            .Where(c => c.TotalValuePence > NoticeThreshold.ThresholdPence && c.StartDate <= day && c.EndDate >= day)
            .Select(c => new
            {
                Contract = c,
                c.Commissioner,
                Kpis = c.Kpis.Count,
                Last = ready.Where(n => n.ContractId == c.Id).Max(n => n.ReadyAt),
            })
            .Select(x => new NoticeCoverageRow
            {
                CommissionerId = x.Contract.CommissionerId,
                CommissionerIdentifier = x.Commissioner!.Identifier,
                CommissionerName = x.Commissioner.Name,
                ContractId = x.Contract.Id,
                ContractReference = x.Contract.Reference,
                ContractTitle = x.Contract.Title,
                ValuePence = x.Contract.TotalValuePence!.Value,
                StartDate = x.Contract.StartDate,
                Kpis = x.Kpis,
                LastNoticeReadyAt = x.Last,
                TooFewKpis = x.Kpis < NoticeThreshold.MinimumKpis,
                NoRecentNotice = x.Contract.StartDate <= yearBefore && (x.Last == null || x.Last < since),
            })
            .Where(r => r.TooFewKpis || r.NoRecentNotice);
    }
}
