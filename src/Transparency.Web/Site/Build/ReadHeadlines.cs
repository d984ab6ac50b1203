using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>The home page's headline figures, added up from every contract's totals, and the latest publications (one query).</summary>
public sealed class ReadHeadlines(TransparencyDbContext db)
{
    private const int LatestCount = 10;

    public async Task<Headlines> RunAsync(
        IReadOnlyList<Quarter> window, Quarter latestDue, IReadOnlyList<SiteContract> contracts, IReadOnlyList<ReturnRow> returns, SiteTotals totals,
        ILookup<int, (KpiKind Kind, int Count)> kinds, CancellationToken cancellationToken)
    {
        var yearQuarters = window.Where(q => q.FinancialYearStart == latestDue.FinancialYearStart).Select(q => q.Code).ToHashSet();
        var funding = totals.ByContract.Values.Sum(t => t.FundingByQuarter.Where(f => yearQuarters.Contains(f.Key)).Sum(f => f.Value));
        var lastYear = window.Skip(Math.Max(0, window.Count - 4)).ToList();
        var due = lastYear.Sum(q => contracts.Where(c => c.IsActiveIn(q)).Select(c => c.ProviderId).Distinct().Count());
        var lastYearCodes = lastYear.Select(q => q.Code).ToHashSet();

        // FirstPublishedAt is UTC; a return is on time when published by the end of its due date.
        var onTime = returns.Count(r => lastYearCodes.Contains(r.QuarterCode) && r.FirstPublishedAt is { } at && DateOnly.FromDateTime(at) <= r.DueDate);
        var ratings = totals.ByContract.Values.SelectMany(t => t.LatestRatings).ToList();
        var activeKinds = contracts.Where(c => c.IsActiveIn(latestDue)).SelectMany(c => kinds[c.Id]).ToList();
        var providers = contracts.Select(c => c.ProviderId).Distinct().Count();

        var latest = await db.ReturnVersions.Where(v => v.PublishedAt != null && v.VersionNumber != null
                && (v.Status == PublicStatus.Current || v.Status == PublicStatus.Replaced))
            .OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id).Take(LatestCount)
            .Select(v => new LatestPublication(v.Return!.ProviderId, v.Return.QuarterCode, v.VersionNumber!.Value, v.PublishedAt!.Value, v.RestatementReason))
            .ToListAsync(cancellationToken);

        return new Headlines(
            new HomeFigures(funding, providers, due, onTime, ratings.Sum(r => r.Value), ratings.Where(r => r.Key == KpiRating.Good).Sum(r => r.Value),
                activeKinds.Sum(k => k.Count), activeKinds.Where(k => k.Kind == KpiKind.Outcome).Sum(k => k.Count)),
            latest);
    }
}
