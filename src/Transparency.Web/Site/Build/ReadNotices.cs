using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.PerformanceNotices;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Reads the ready performance notices of the contracts whose pages the build writes, and the coverage of the Act's
/// duties on the site's date (not today's: the same database always gives the same site). Two small queries.
/// </summary>
public static class ReadNotices
{
    public static async Task<SiteNotices> RunAsync(TransparencyDbContext db, SiteScope scope, SitePeriod period, SiteRegistry registry, CancellationToken cancellationToken)
    {
        var contracts = scope.ProviderIds is { } providers ? registry.Contracts.Where(c => providers.Contains(c.ProviderId)).Select(c => c.Id).ToList() : null;
        var notices = await ReadyNotices.ForContractsAsync(db, contracts, cancellationToken);
        var coverage = await new NoticeCoverage(db).On(DateOnly.FromDateTime(period.AsOf)).AsNoTracking()
            .OrderBy(r => r.CommissionerName).ThenBy(r => r.CommissionerId).ThenBy(r => r.ContractReference)
            .ToListAsync(cancellationToken);
        return new SiteNotices(notices.ToLookup(n => n.ContractId), coverage);
    }
}
