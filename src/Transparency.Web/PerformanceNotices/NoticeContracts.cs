using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;

namespace Transparency.Web.PerformanceNotices;

/// <summary>The contracts a notice can be drafted for (every contract with KPIs), a page at a time, those over the threshold first.</summary>
public sealed class NoticeContracts(TransparencyDbContext db)
{
    public const int PageSize = 50;

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        db.Contracts.CountAsync(c => c.Kpis.Any(), cancellationToken);

    public async Task<IReadOnlyList<NoticeContractRow>> PageAsync(int page, CancellationToken cancellationToken)
    {
        var notices = db.Set<PerformanceNotice>();
        return await db.Contracts.AsNoTracking().Where(c => c.Kpis.Any())
            .OrderByDescending(c => c.TotalValuePence > NoticeThreshold.ThresholdPence).ThenBy(c => c.Commissioner!.Name).ThenBy(c => c.Reference)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new NoticeContractRow(
                c.Id, c.Reference, c.Title, c.Commissioner!.Name, c.TotalValuePence, c.Kpis.Count,
                notices.Where(n => n.ContractId == c.Id).Max(n => (int?)n.ToQuarterCode),
                notices.Where(n => n.ContractId == c.Id).OrderByDescending(n => n.ToQuarterCode).Select(n => (PerformanceNoticeStatus?)n.Status).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
