using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PerformanceNotices;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>
/// Loads contracts with the facts of their public return versions, a batch of contracts at a time, with one
/// query per fact table: enough for a few hundred contracts in memory, never the whole database.
/// </summary>
public sealed class OcdsLoader(TransparencyDbContext db)
{
    public async Task<IReadOnlyList<OcdsContractData>> LoadAsync(IReadOnlyCollection<int> contractIds, CancellationToken cancellationToken)
    {
        var ids = contractIds.ToArray();
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Include(c => c.Commissioner).Include(c => c.Provider).Include(c => c.Kpis)
            .OrderBy(c => c.Id).AsSplitQuery()
            .ToListAsync(cancellationToken);

        var funding = await db.Funding.AsNoTracking()
            .Where(f => ids.Contains(f.ContractId))
            .OrderBy(f => f.QuarterCode).ThenBy(f => f.PaymentType).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);
        var kpiResults = await db.KpiResults.AsNoTracking()
            .Where(r => ids.Contains(r.ContractId))
            .OrderBy(r => r.QuarterCode).ThenBy(r => r.KpiDefinitionId).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var subcontracts = await db.Subcontracts.AsNoTracking()
            .Where(s => ids.Contains(s.ContractId))
            .Include(s => s.Subcontractor)
            .OrderBy(s => s.QuarterCode).ThenBy(s => s.SubcontractorId).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var satisfaction = await db.Satisfaction.AsNoTracking()
            .Where(s => ids.Contains(s.ContractId))
            .OrderBy(s => s.QuarterCode).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);

        var versionIds = funding.Select(f => f.ReturnVersionId).Concat(kpiResults.Select(r => r.ReturnVersionId))
            .Concat(subcontracts.Select(s => s.ReturnVersionId)).Concat(satisfaction.Select(s => s.ReturnVersionId))
            .Distinct().ToArray();
        // Facts are read by contract (indexed) and filtered to public versions here: with the status test in
        // SQL, SQLite drives the query from the status index and reads every published version's facts.
        var versions = await db.ReturnVersions.AsNoTracking()
            .Where(v => versionIds.Contains(v.Id) && (v.Status == PublicStatus.Current || v.Status == PublicStatus.Replaced))
            .Select(v => new { v.Id, v.Return!.QuarterCode, v.VersionNumber, v.Status, v.PublishedAt, v.RestatementReason })
            .ToListAsync(cancellationToken);

        var notices = (await ReadyNotices.ForContractsAsync(db, ids, cancellationToken)).ToLookup(n => n.ContractId);
        var fundingBy = funding.ToLookup(f => (f.ContractId, f.ReturnVersionId));
        var kpisBy = kpiResults.ToLookup(r => (r.ContractId, r.ReturnVersionId));
        var subcontractsBy = subcontracts.ToLookup(s => (s.ContractId, s.ReturnVersionId));
        var satisfactionBy = satisfaction.ToLookup(s => (s.ContractId, s.ReturnVersionId));

        return contracts.Select(contract => new OcdsContractData(
            contract,
            versions
                .Select(v => (v, Key: (contract.Id, v.Id)))
                .Where(x => fundingBy.Contains(x.Key) || kpisBy.Contains(x.Key) || subcontractsBy.Contains(x.Key) || satisfactionBy.Contains(x.Key))
                .OrderBy(x => x.v.PublishedAt).ThenBy(x => x.v.Id)
                .Select(x => new OcdsVersion(
                    x.v.Id, x.v.QuarterCode, x.v.VersionNumber ?? 0, x.v.Status, x.v.PublishedAt ?? DateTime.UnixEpoch, x.v.RestatementReason,
                    fundingBy[x.Key].ToList(), kpisBy[x.Key].ToList(), subcontractsBy[x.Key].ToList(), satisfactionBy[x.Key].ToList()))
                .ToList())
        { Notices = notices[contract.Id].ToList() }).ToList();
    }

    /// <summary>The contract ids in a stable order, for the bulk package.</summary>
    public Task<List<int>> AllContractIdsAsync(CancellationToken cancellationToken) =>
        db.Contracts.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);

    public Task<int?> FindContractIdAsync(string reference, CancellationToken cancellationToken) =>
        AddressLookup.Contracts(db.Contracts.AsNoTracking(), reference).OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
}
