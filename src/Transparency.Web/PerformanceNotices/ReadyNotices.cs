using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;

namespace Transparency.Web.PerformanceNotices;

/// <summary>The public notices: those marked ready, with their assessments and evidence, for the site and the OCDS data.</summary>
public static class ReadyNotices
{
    /// <summary>Ready notices of the given contracts (all contracts when null), oldest period first.</summary>
    public static async Task<IReadOnlyList<PerformanceNotice>> ForContractsAsync(TransparencyDbContext db, IReadOnlyCollection<int>? contractIds, CancellationToken cancellationToken)
    {
        var query = db.Set<PerformanceNotice>().AsNoTracking().Where(n => n.Status == PerformanceNoticeStatus.Ready);
        if (contractIds is not null)
        {
            var ids = contractIds.ToArray();
            query = query.Where(n => ids.Contains(n.ContractId));
        }

        var notices = await query.Include(n => n.Assessments).ThenInclude(a => a.Evidence).AsSplitQuery()
            .OrderBy(n => n.ContractId).ThenBy(n => n.FromQuarterCode).ToListAsync(cancellationToken);
        foreach (var notice in notices)
        {
            notice.Assessments.Sort((a, b) => string.CompareOrdinal(a.KpiCode, b.KpiCode));
            notice.Assessments.ForEach(a => a.Evidence.Sort((x, y) => x.QuarterCode.CompareTo(y.QuarterCode)));
        }

        return notices;
    }
}
