using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Site.Build;

/// <summary>How many KPIs of each kind every contract has: registry data, small, and summed per sector and for the home page in memory.</summary>
public sealed class ReadKpiKinds(TransparencyDbContext db)
{
    public async Task<ILookup<int, (KpiKind Kind, int Count)>> RunAsync(CancellationToken cancellationToken)
    {
        var rows = await db.KpiDefinitions.GroupBy(k => new { k.ContractId, k.Kind })
            .Select(g => new { g.Key.ContractId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ContractId, r => (r.Kind, r.Count));
    }
}
