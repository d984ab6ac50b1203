using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Every contract's totals for the site-wide figures. A full build adds up the facts it has already read; a
/// scoped build takes the previous build's totals (<see cref="SiteTotalsCache"/>) and replaces the contracts in
/// scope with what it read now, so its home and sector pages match what a full build would write. Without usable
/// previous totals (first build since start, or the window moved on) it sums the fact tables in the database.
/// </summary>
public sealed class ReadSiteTotals(TransparencyDbContext db, SiteTotalsCache cache)
{
    private const ReturnVersionStatus Public = PublicStatus.Current;

    public async Task<SiteTotals> RunAsync(
        IReadOnlyCollection<int>? contractsInScope, int first, int latest, ILookup<int, FundingPoint> funding, ILookup<int, KpiPoint> results, CancellationToken cancellationToken)
    {
        SiteTotals totals;
        if (contractsInScope is null)
        {
            var ids = funding.Select(g => g.Key).Union(results.Select(g => g.Key));
            totals = new SiteTotals(first, latest, new Dictionary<int, ContractTotals>()).With(ids, FromFacts);
        }
        else
        {
            var previous = cache.Last is { } last && last.Covers(first, latest) ? last : await ReadAllAsync(first, latest, cancellationToken);
            totals = previous.With(contractsInScope, FromFacts);
        }

        cache.Last = totals;
        return totals;

        ContractTotals FromFacts(int id) => ContractTotals.From(funding[id], results[id], latest);
    }

    private async Task<SiteTotals> ReadAllAsync(int first, int latest, CancellationToken cancellationToken)
    {
        var funding = await db.Funding.Where(f => f.QuarterCode >= first && db.ReturnVersions.Any(v => v.Id == f.ReturnVersionId && v.Status == Public))
            .GroupBy(f => new { f.ContractId, f.QuarterCode })
            .Select(g => new { g.Key.ContractId, g.Key.QuarterCode, Total = g.Sum(f => f.AmountPence) })
            .ToListAsync(cancellationToken);
        var ratings = await db.KpiResults.Where(k => k.QuarterCode == latest && k.Cohort == null && db.ReturnVersions.Any(v => v.Id == k.ReturnVersionId && v.Status == Public))
            .GroupBy(k => new { k.ContractId, k.Rating })
            .Select(g => new { g.Key.ContractId, g.Key.Rating, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var fundingByContract = funding.ToLookup(f => f.ContractId);
        var ratingsByContract = ratings.ToLookup(r => r.ContractId);
        var byContract = fundingByContract.Select(g => g.Key).Union(ratingsByContract.Select(g => g.Key)).ToDictionary(id => id, id => new ContractTotals(
            fundingByContract[id].ToDictionary(f => f.QuarterCode, f => f.Total),
            ratingsByContract[id].ToDictionary(r => r.Rating, r => r.Count)));
        return new SiteTotals(first, latest, byContract);
    }
}
