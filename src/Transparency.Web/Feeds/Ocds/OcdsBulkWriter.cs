using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Feeds.Downloads;
using Transparency.Web.Feeds.Downloads.Storage;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>
/// The OCDS record package of every contract, as parts of <see cref="PartitionScheme.OcdsRecords"/> buckets of
/// contract ids: each part's body is its contracts' records, in id order, which the record package at
/// /downloads/ocds/record-package.json joins. Contracts are loaded a few hundred at a time.
/// </summary>
public sealed class OcdsBulkWriter(TransparencyDbContext db, FeedsOptions options)
{
    private const int BucketsPerLoad = 32;

    public async Task<IReadOnlyList<StoredPart>> WritePartsAsync(IReadOnlyList<int> buckets, PartStore store, CancellationToken cancellationToken)
    {
        var scheme = PartitionScheme.OcdsRecords;
        var loader = new OcdsLoader(db);
        var packages = new OcdsPackageWriter(options);
        var parts = new List<StoredPart>();
        foreach (var group in buckets.Order().Chunk(BucketsPerLoad))
        {
            var wanted = group.ToHashSet();
            var (from, to) = (scheme.Query(group[0], null).From, scheme.Query(group[^1], null).To);
            var ids = (await db.Contracts.AsNoTracking().Where(c => c.Id >= from && c.Id < to).Select(c => c.Id).ToListAsync(cancellationToken))
                .Where(id => wanted.Contains(scheme.BucketOf(id))).ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            var contracts = await loader.LoadAsync(ids, cancellationToken);
            foreach (var bucket in contracts.GroupBy(c => scheme.BucketOf(c.Contract.Id)))
            {
                using var body = new MemoryStream();
                await using (var json = new Utf8JsonWriter(body, TableParts.JsonOptions))
                {
                    // The bracket makes the writer separate records with commas; it is cut off the body.
                    json.WriteStartArray();
                    foreach (var contract in bucket)
                    {
                        packages.WriteRecord(json, contract);
                    }
                }

                var latest = bucket.Max(OcdsPackageWriter.LatestDate);
                parts.Add(store.Store(PartPaths.Ocds, "json", null, bucket.Key, body.GetBuffer().AsMemory(1, (int)body.Length - 1), latest));
            }

            db.ChangeTracker.Clear();
        }

        return parts;
    }
}
