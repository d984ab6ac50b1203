using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>The home page's headline figures and latest publications, each one query in the database.</summary>
public sealed class ReadHeadlines(TransparencyDbContext db)
{
    private const int LatestCount = 10;

    public async Task<Headlines> RunAsync(IReadOnlyList<Quarter> window, Quarter latestDue, IReadOnlyList<SiteContract> contracts, CancellationToken cancellationToken)
    {
        var yearQuarters = window.Where(q => q.FinancialYearStart == latestDue.FinancialYearStart).Select(q => q.Code).ToList();
        var funding = await db.Funding.Where(f => yearQuarters.Contains(f.QuarterCode) && f.ReturnVersion!.Status == ReturnVersionStatus.Published)
            .SumAsync(f => (long?)f.AmountPence, cancellationToken) ?? 0;
        var lastYear = window.Skip(Math.Max(0, window.Count - 4)).ToList();
        var due = lastYear.Sum(q => contracts.Where(c => c.IsActiveIn(q)).Select(c => c.ProviderId).Distinct().Count());
        var onTime = 0;
        foreach (var quarter in lastYear)
        {
            // FirstPublishedAt is UTC; a return is on time when published by the end of its due date.
            var returns = await db.Returns.Where(r => r.QuarterCode == quarter.Code && r.FirstPublishedAt != null)
                .Select(r => new { r.DueDate, r.FirstPublishedAt }).ToListAsync(cancellationToken);
            onTime += returns.Count(r => DateOnly.FromDateTime(r.FirstPublishedAt!.Value) <= r.DueDate);
        }

        var ratings = await (from r in db.Returns
                             where r.QuarterCode == latestDue.Code
                             join v in db.ReturnVersions on r.Id equals v.ReturnId
                             where v.Status == ReturnVersionStatus.Published
                             join k in db.KpiResults on v.Id equals k.ReturnVersionId
                             where k.Cohort == null
                             group k by k.Rating into g
                             select new { Rating = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var (start, end) = (latestDue.StartDate, latestDue.EndDate);
        var kinds = await db.KpiDefinitions.Where(k => k.Contract!.StartDate <= end && k.Contract.EndDate >= start)
            .GroupBy(k => k.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var providers = contracts.Select(c => c.ProviderId).Distinct().Count();

        var latest = await db.ReturnVersions.Where(v => v.PublishedAt != null && v.VersionNumber != null
                && (v.Status == ReturnVersionStatus.Published || v.Status == ReturnVersionStatus.Superseded))
            .OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id).Take(LatestCount)
            .Select(v => new LatestPublication(v.Return!.ProviderId, v.Return.QuarterCode, v.VersionNumber!.Value, v.PublishedAt!.Value, v.RestatementReason))
            .ToListAsync(cancellationToken);

        return new Headlines(
            new HomeFigures(funding, providers, due, onTime, ratings.Sum(r => r.Count), ratings.Where(r => r.Rating == KpiRating.Good).Sum(r => r.Count),
                kinds.Sum(k => k.Count), kinds.Where(k => k.Kind == KpiKind.Outcome).Sum(k => k.Count)),
            latest);
    }
}
