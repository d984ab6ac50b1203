using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;

namespace Transparency.Web.Site.Compare;

/// <summary>
/// Providers a reader can add to a comparison without JavaScript: those working in the same sectors as the ones
/// chosen (a list to pick from), and those whose name contains what the reader typed.
/// </summary>
public sealed class CompareChoices(TransparencyDbContext db)
{
    public const int MaxPeers = 200;
    public const int MaxMatches = 20;

    public async Task<IReadOnlyList<(string Identifier, string Name)>> PeersAsync(IReadOnlyList<ProviderComparison> chosen, CancellationToken cancellationToken)
    {
        if (chosen.Count is 0 or >= ReadComparison.MaxProviders)
        {
            return [];
        }

        var sectors = chosen.SelectMany(c => c.Sectors).Distinct().ToList();
        var ids = chosen.Select(c => c.Provider.Id).ToList();
        var peers = await db.Organisations.AsNoTracking()
            .Where(o => !ids.Contains(o.Id) && db.Contracts.Any(c => c.ProviderId == o.Id && sectors.Contains(c.Sector)))
            .OrderBy(o => o.Name).ThenBy(o => o.Identifier).Take(MaxPeers)
            .Select(o => new { o.Identifier, o.Name }).ToListAsync(cancellationToken);
        return [.. peers.Select(p => (p.Identifier, p.Name))];
    }

    /// <summary>Providers whose name contains <paramref name="name"/>, ignoring case (lower() on both engines).</summary>
    public async Task<IReadOnlyList<(string Identifier, string Name)>> MatchesAsync(string name, IReadOnlyList<ProviderComparison> chosen, CancellationToken cancellationToken)
    {
        var lower = name.ToLowerInvariant();
        var ids = chosen.Select(c => c.Provider.Id).ToList();
        var matches = await db.Organisations.AsNoTracking()
            .Where(o => !ids.Contains(o.Id) && o.Name.ToLower().Contains(lower) && db.Contracts.Any(c => c.ProviderId == o.Id))
            .OrderBy(o => o.Name).ThenBy(o => o.Identifier).Take(MaxMatches)
            .Select(o => new { o.Identifier, o.Name }).ToListAsync(cancellationToken);
        return [.. matches.Select(m => (m.Identifier, m.Name))];
    }
}
