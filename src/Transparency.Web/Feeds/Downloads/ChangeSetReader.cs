using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Works out from log entries which parts of the bulk files are stale. A return's publication, restatement or
/// withdrawal changes its provider's bucket of returns and versions for that quarter's year; the quarterly facts,
/// OCDS records and grants of every contract any version of the return reports on (a restatement may drop a contract
/// the earlier version had); and the organisations it added as subcontractors. A registry change naming contracts
/// changes those contracts' rows everywhere, in every year. An entry that names nothing particular asks for everything.
/// </summary>
public static class ChangeSetReader
{
    private const int Chunk = 500;

    public static async Task<ChangeSet> ReadAsync(
        TransparencyDbContext db, IReadOnlyList<PublicationLogEntry> entries, IReadOnlyList<DownloadOutput> outputs, CancellationToken cancellationToken)
    {
        var changes = new ChangeSet();
        var returns = new List<PublicationLogEntry>();
        foreach (var entry in entries)
        {
            switch (entry.Kind)
            {
                case PublicationChangeKind.Published or PublicationChangeKind.Restated or PublicationChangeKind.Withdrawn
                    when entry is { ReturnId: not null, ProviderId: not null, QuarterCode: not null }:
                    returns.Add(entry);
                    break;
                case PublicationChangeKind.RegistryChanged when entry.ContractIds is not null:
                    foreach (var contract in entry.Contracts)
                    {
                        AddContract(changes, outputs, contract, year: null, references: true);
                    }

                    break;
                default:
                    changes.RebuildEverything();
                    return changes;
            }
        }

        if (returns.Count > 0)
        {
            await AddReturnsAsync(db, changes, outputs, returns, cancellationToken);
        }

        return changes;
    }

    private static async Task AddReturnsAsync(
        TransparencyDbContext db, ChangeSet changes, IReadOnlyList<DownloadOutput> outputs, List<PublicationLogEntry> entries, CancellationToken cancellationToken)
    {
        var returnIds = entries.Select(e => e.ReturnId!.Value).Distinct().ToList();
        var versionReturn = new Dictionary<int, int>();
        foreach (var chunk in returnIds.Chunk(Chunk))
        {
            foreach (var version in await db.ReturnVersions.AsNoTracking().Where(v => chunk.Contains(v.ReturnId)).Select(v => new { v.Id, v.ReturnId }).ToListAsync(cancellationToken))
            {
                versionReturn[version.Id] = version.ReturnId;
            }
        }

        var contracts = returnIds.ToDictionary(id => id, _ => new HashSet<int>());
        var subcontractors = returnIds.ToDictionary(id => id, _ => new HashSet<int>());
        foreach (var chunk in versionReturn.Keys.Chunk(Chunk))
        {
            var pairs = await db.Funding.AsNoTracking().Where(f => chunk.Contains(f.ReturnVersionId)).Select(f => new { f.ReturnVersionId, f.ContractId }).Distinct().ToListAsync(cancellationToken);
            pairs.AddRange(await db.KpiResults.AsNoTracking().Where(f => chunk.Contains(f.ReturnVersionId)).Select(f => new { f.ReturnVersionId, f.ContractId }).Distinct().ToListAsync(cancellationToken));
            pairs.AddRange(await db.Satisfaction.AsNoTracking().Where(f => chunk.Contains(f.ReturnVersionId)).Select(f => new { f.ReturnVersionId, f.ContractId }).Distinct().ToListAsync(cancellationToken));
            foreach (var pair in pairs)
            {
                contracts[versionReturn[pair.ReturnVersionId]].Add(pair.ContractId);
            }

            foreach (var sub in await db.Subcontracts.AsNoTracking().Where(s => chunk.Contains(s.ReturnVersionId))
                .Select(s => new { s.ReturnVersionId, s.ContractId, s.SubcontractorId }).Distinct().ToListAsync(cancellationToken))
            {
                contracts[versionReturn[sub.ReturnVersionId]].Add(sub.ContractId);
                subcontractors[versionReturn[sub.ReturnVersionId]].Add(sub.SubcontractorId);
            }
        }

        foreach (var entry in entries)
        {
            var year = entry.QuarterCode!.Value / 10;
            foreach (var output in outputs.Where(o => o.Scheme.Key == PartitionKey.Provider))
            {
                changes.Add(output.Name, output.Scheme.BucketOf(entry.ProviderId!.Value), year);
            }

            foreach (var contract in contracts[entry.ReturnId!.Value].Concat(entry.Contracts))
            {
                AddContract(changes, outputs, contract, year, references: false);
            }

            foreach (var organisation in subcontractors[entry.ReturnId.Value])
            {
                foreach (var output in outputs.Where(o => o.Scheme.Key == PartitionKey.Organisation))
                {
                    changes.Add(output.Name, output.Scheme.BucketOf(organisation), null);
                }
            }
        }
    }

    /// <summary>A contract's facts for one year (or all), its OCDS record and grants, and with <paramref name="references"/> its own rows and KPIs.</summary>
    private static void AddContract(ChangeSet changes, IReadOnlyList<DownloadOutput> outputs, int contract, int? year, bool references)
    {
        foreach (var output in outputs.Where(o => o.Scheme.Key == PartitionKey.Contract))
        {
            var isReference = output.Table is { ByFinancialYear: false };
            if (isReference && !references)
            {
                continue;
            }

            changes.Add(output.Name, output.Scheme.BucketOf(contract), output.Scheme.ByYear ? year : null);
        }
    }
}
