using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Feeds.Atom;

/// <summary>
/// Finds the scope of a feed. A commissioner's or sector's feed carries the return versions that report on
/// at least one of its contracts (every contract has KPIs, so every return reports KPI results for each).
/// </summary>
public sealed class FeedScopes(TransparencyDbContext db)
{
    public static FeedScope All { get; } = new("returns", "All published returns", "/feeds/returns.atom", "/", _ => true);

    public async Task<FeedScope?> ProviderAsync(string identifier, CancellationToken cancellationToken)
    {
        var provider = await db.Organisations.AsNoTracking().Where(o => o.Identifier == identifier)
            .Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(cancellationToken);
        if (provider is null)
        {
            return null;
        }

        var id = provider.Id;
        return new FeedScope($"providers/{identifier}", $"Returns published by {provider.Name}",
            $"/feeds/providers/{Uri.EscapeDataString(identifier)}.atom", PublicLinks.ProviderPage(identifier),
            v => v.Return!.ProviderId == id);
    }

    public async Task<FeedScope?> CommissionerAsync(string identifier, CancellationToken cancellationToken)
    {
        var commissioner = await db.Organisations.AsNoTracking().Where(o => o.Identifier == identifier && o.ContractsAsCommissioner.Any())
            .Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(cancellationToken);
        if (commissioner is null)
        {
            return null;
        }

        var id = commissioner.Id;
        var results = db.KpiResults;
        var contracts = db.Contracts;
        return new FeedScope($"commissioners/{identifier}", $"Returns on contracts commissioned by {commissioner.Name}",
            $"/feeds/commissioners/{Uri.EscapeDataString(identifier)}.atom", PublicLinks.CommissionerPage(identifier),
            v => results.Any(r => r.ReturnVersionId == v.Id && contracts.Any(c => c.Id == r.ContractId && c.CommissionerId == id)));
    }

    public FeedScope? Sector(string slug)
    {
        if (PublicLinks.SectorFromSlug(slug) is not { } sector)
        {
            return null;
        }

        var results = db.KpiResults;
        var contracts = db.Contracts;
        return new FeedScope($"sectors/{slug}", $"Returns on {slug.Replace('-', ' ')} contracts",
            $"/feeds/sectors/{slug}.atom", PublicLinks.SectorPage(sector),
            v => results.Any(r => r.ReturnVersionId == v.Id && contracts.Any(c => c.Id == r.ContractId && c.Sector == sector)));
    }
}
