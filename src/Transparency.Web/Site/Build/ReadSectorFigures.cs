using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>Sector totals, grouped in the database: a sector spans thousands of contracts.</summary>
public sealed class ReadSectorFigures(TransparencyDbContext db)
{
    private const int TopProviders = 20;

    public async Task<List<SectorFigures>> RunAsync(IReadOnlyList<Quarter> window, CancellationToken cancellationToken)
    {
        var first = window[0].Code;
        var lastYear = window[^4].Code;
        var latest = window[^1].Code;
        var funding = await db.Funding.Where(f => f.QuarterCode >= first && f.ReturnVersion!.Status == ReturnVersionStatus.Published)
            .GroupBy(f => new { f.Contract!.Sector, f.QuarterCode })
            .Select(g => new { g.Key.Sector, g.Key.QuarterCode, Total = g.Sum(f => f.AmountPence) })
            .ToListAsync(cancellationToken);
        var byProvider = await db.Funding.Where(f => f.QuarterCode >= lastYear && f.ReturnVersion!.Status == ReturnVersionStatus.Published)
            .GroupBy(f => new { f.Contract!.Sector, f.Contract.ProviderId })
            .Select(g => new { g.Key.Sector, g.Key.ProviderId, Total = g.Sum(f => f.AmountPence) })
            .ToListAsync(cancellationToken);
        var ratings = await (from r in db.Returns
                             where r.QuarterCode == latest
                             join v in db.ReturnVersions on r.Id equals v.ReturnId
                             where v.Status == ReturnVersionStatus.Published
                             join k in db.KpiResults on v.Id equals k.ReturnVersionId
                             where k.Cohort == null
                             join c in db.Contracts on k.ContractId equals c.Id
                             group k by new { c.Sector, k.Rating } into g
                             select new { g.Key.Sector, g.Key.Rating, Count = g.Count() }).ToListAsync(cancellationToken);
        var kinds = await db.KpiDefinitions.GroupBy(k => new { k.Contract!.Sector, k.Kind })
            .Select(g => new { g.Key.Sector, g.Key.Kind, Count = g.Count() }).ToListAsync(cancellationToken);
        var counts = await db.Contracts.GroupBy(c => c.Sector)
            .Select(g => new { Sector = g.Key, Contracts = g.Count(), Providers = g.Select(c => c.ProviderId).Distinct().Count() })
            .ToListAsync(cancellationToken);

        return Enum.GetValues<Sector>().Select(sector => new SectorFigures(
                sector,
                funding.Where(f => f.Sector == sector).ToDictionary(f => f.QuarterCode, f => f.Total),
                byProvider.Where(p => p.Sector == sector).OrderByDescending(p => p.Total).ThenBy(p => p.ProviderId).Take(TopProviders)
                    .Select(p => (p.ProviderId, p.Total)).ToList(),
                ratings.Where(r => r.Sector == sector).ToDictionary(r => r.Rating, r => r.Count),
                kinds.Where(k => k.Sector == sector).ToDictionary(k => k.Kind, k => k.Count),
                counts.FirstOrDefault(c => c.Sector == sector)?.Contracts ?? 0,
                counts.FirstOrDefault(c => c.Sector == sector)?.Providers ?? 0))
            .ToList();
    }
}
