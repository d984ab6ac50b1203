using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Validation;

/// <summary>What the rules need to know from the database about the uploading provider, loaded in a few small queries.</summary>
public sealed class ProviderRegister
{
    private const int ChunkSize = 500;

    public required int ProviderId { get; init; }

    public required string ProviderName { get; init; }

    /// <summary>The provider's own contracts by reference, ignoring case.</summary>
    public required IReadOnlyDictionary<string, ContractInfo> Contracts { get; init; }

    /// <summary>References in the upload that are other providers' contracts.</summary>
    public required IReadOnlySet<string> OthersContracts { get; init; }

    /// <summary>Organisations the portal already has, by identifier, among the subcontractors named in the upload.</summary>
    public required IReadOnlyDictionary<string, int> KnownOrganisations { get; init; }

    /// <summary>Null when there is no organisation with that id.</summary>
    public static async Task<ProviderRegister?> LoadAsync(
        TransparencyDbContext db, int providerId, TypedLines lines, IEnumerable<string> subcontractorIdentifiers, CancellationToken cancellationToken)
    {
        var provider = await db.Organisations.AsNoTracking().Where(o => o.Id == providerId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        if (provider is null)
        {
            return null;
        }

        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.ProviderId == providerId)
            .Select(c => new ContractInfo(c.Id, c.Reference, c.Title, c.StartDate, c.EndDate,
                c.Kpis.Select(k => new KpiInfo(k.Id, k.Code, k.Name, k.Target, k.Direction, k.Unit)).ToList()))
            .ToListAsync(cancellationToken);
        var own = contracts.ToDictionary(c => c.Reference, StringComparer.OrdinalIgnoreCase);

        var others = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in lines.ContractReferences.Distinct(StringComparer.OrdinalIgnoreCase).Where(r => !own.ContainsKey(r)).Chunk(ChunkSize))
        {
            others.UnionWith(await db.Contracts.AsNoTracking().Where(c => chunk.Contains(c.Reference)).Select(c => c.Reference).ToListAsync(cancellationToken));
        }

        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in subcontractorIdentifiers.Distinct(StringComparer.Ordinal).Chunk(ChunkSize))
        {
            foreach (var organisation in await db.Organisations.AsNoTracking().Where(o => chunk.Contains(o.Identifier))
                .Select(o => new { o.Id, o.Identifier }).ToListAsync(cancellationToken))
            {
                known[organisation.Identifier] = organisation.Id;
            }
        }

        return new ProviderRegister { ProviderId = providerId, ProviderName = provider, Contracts = own, OthersContracts = others, KnownOrganisations = known };
    }
}
