using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Feeds.Downloads.Storage;
using Transparency.Web.Feeds.Giving;
using Transparency.Web.Feeds.Ocds;
using Transparency.Web.Publication;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Brings the bulk files up to the publication log: from one consistent read of the database, it writes again only
/// the parts the new log entries make stale (<see cref="ChangeSetReader"/>), or every part when there is no build yet
/// or an entry asks for everything, and switches readers to a new manifest that reuses every other part. The build's
/// position is the log head its read saw, so its files show exactly the database at that position, and the same
/// position gives the same bytes on every instance. Only one build runs at a time per data folder.
/// </summary>
public sealed class DownloadsBuilder(
    IServiceScopeFactory scopes,
    DownloadsStore store,
    IOptions<FeedsOptions> options,
    DownloadsFaults faults,
    TimeProvider clock,
    ILogger<DownloadsBuilder> logger)
{
    public const string ChecksumsName = "SHA256SUMS";
    public const string OcdsRecordsPath = "ocds/record-package.json";
    public const string GrantsPath = "360giving/grants.json";

    /// <summary>Builds every part again from the database as it is now, as `build-downloads` does.</summary>
    public async Task<DownloadsBuild> RebuildAsync(CancellationToken cancellationToken = default)
    {
        long head;
        await using (var scope = scopes.CreateAsyncScope())
        {
            head = await PublicationLog.HeadAsync(scope.ServiceProvider.GetRequiredService<TransparencyDbContext>(), cancellationToken);
        }

        return await ApplyAsync(new ProjectionBatch(0, head, [], FromScratch: true, ProjectionState.Initial(head, clock.GetUtcNow().UtcDateTime)), cancellationToken);
    }

    /// <summary>
    /// Applies the log entries after <paramref name="batch"/>'s start (or the build's position, if earlier) up to the
    /// head. Entries already applied are applied again, which rewrites the same bytes: nothing changes.
    /// </summary>
    public async Task<DownloadsBuild> ApplyAsync(ProjectionBatch batch, CancellationToken cancellationToken)
    {
        await store.Gate.WaitAsync(cancellationToken);
        try
        {
            return await ApplyExclusiveAsync(batch, cancellationToken);
        }
        finally
        {
            store.Gate.Release();
        }
    }

    private async Task<DownloadsBuild> ApplyExclusiveAsync(ProjectionBatch batch, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var current = store.Current;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        await using var snapshot = await SnapshotTransaction.BeginAsync(db, cancellationToken);

        var head = await PublicationLog.HeadAsync(db, cancellationToken);
        var outputs = DownloadOutput.All(store.Tables);
        ChangeSet changes;
        if (batch.FromScratch || current is null)
        {
            changes = ChangeSet.All();
        }
        else
        {
            var entries = await PublicationLog.ReadAsync(db, Math.Min(batch.From, current.State.Position), head, cancellationToken);
            changes = await ChangeSetReader.ReadAsync(db, entries, outputs, cancellationToken);
            if (changes.IsEmpty && head == current.State.Position)
            {
                return current;
            }
        }

        var parts = new PartStore(store.Blobs, store.Framings);
        var kept = changes.Everything || current is null ? [] : current.Manifest.Parts.Where(p => !changes.IsStale(p.Output, p.Bucket, p.Year)).ToList();
        var written = new List<StoredPart>();
        foreach (var output in outputs)
        {
            var buckets = changes.Everything ? await AllBucketsAsync(db, output.Scheme, cancellationToken) : changes.For(output.Name);
            written.AddRange(await WriteAsync(db, output, buckets, parts, cancellationToken));
            if (changes.Everything)
            {
                logger.LogInformation("Downloads: wrote {Output} at {Seconds:0.0} s", output.Name, stopwatch.Elapsed.TotalSeconds);
            }
        }

        var asOf = await AsOfAsync(db, head, cancellationToken);
        await snapshot.CommitAsync(cancellationToken);

        var order = outputs.Select((o, i) => (o.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var all = kept.Concat(written)
            .OrderBy(p => order[p.Output]).ThenBy(p => p.Year ?? -1).ThenBy(p => p.Bucket).ThenBy(p => p.Format, StringComparer.Ordinal).ToList();
        var state = head == batch.State.Position ? batch.State : batch.State.Advance(head, batch.State.AppliedAt);
        var report = new DownloadsBuildReport(changes.Everything, changes.ToString(), parts.PartsStored, parts.BlobsWritten, parts.BytesWritten, kept.Count, stopwatch.Elapsed);

        faults.BeforeManifestSwitch();
        var build = store.Switch(new DownloadsManifest(store.Layout, 0, state, asOf, all), report);
        logger.LogInformation(
            "Downloads at log position {Position}: {Changes}; wrote {Parts} parts ({Blobs} new, {Bytes:N0} bytes), kept {Kept}, in {Seconds:0.00} s",
            head, report.Changes, report.PartsWritten, report.BlobsWritten, report.BytesWritten, report.PartsKept, stopwatch.Elapsed.TotalSeconds);
        return build;
    }

    private async Task<IReadOnlyList<StoredPart>> WriteAsync(
        TransparencyDbContext db, DownloadOutput output, IReadOnlyList<(int Bucket, IReadOnlySet<int>? Years)> buckets, PartStore parts, CancellationToken cancellationToken)
    {
        if (output.Name == PartPaths.Ocds)
        {
            return await new OcdsBulkWriter(db, options.Value).WritePartsAsync([.. buckets.Select(b => b.Bucket)], parts, cancellationToken);
        }

        var written = new List<StoredPart>();
        foreach (var (bucket, years) in buckets)
        {
            if (output.Table is not { } table)
            {
                if (await new GrantsPackageWriter(db, options.Value).WritePartAsync(bucket, parts, cancellationToken) is { } grants)
                {
                    written.Add(grants);
                }

                continue;
            }

            using var tableParts = new TableParts(table);
            foreach (int? year in years is null ? [null] : years.Select(y => (int?)y))
            {
                await table.WriteAsync(db, output.Scheme.Query(bucket, year), tableParts, cancellationToken);
            }

            written.AddRange(tableParts.Store(parts, bucket));
        }

        return written;
    }

    /// <summary>Every bucket an output can have, up to the largest id of its key.</summary>
    private static async Task<IReadOnlyList<(int, IReadOnlySet<int>?)>> AllBucketsAsync(TransparencyDbContext db, PartitionScheme scheme, CancellationToken cancellationToken)
    {
        var largest = scheme.Key == PartitionKey.Contract
            ? await db.Contracts.MaxAsync(c => (int?)c.Id, cancellationToken)
            : await db.Organisations.MaxAsync(o => (int?)o.Id, cancellationToken);
        return largest is { } max ? [.. Enumerable.Range(0, scheme.BucketOf(max) + 1).Select(b => (b, (IReadOnlySet<int>?)null))] : [];
    }

    /// <summary>When the change at <paramref name="position"/> was committed: the same on every instance (the latest publication when the log is empty).</summary>
    private static async Task<DateTime> AsOfAsync(TransparencyDbContext db, long position, CancellationToken cancellationToken)
    {
        var committed = await db.PublicationLog.Where(e => e.Position <= position).OrderByDescending(e => e.Position)
            .Select(e => (DateTime?)e.CommittedAt).FirstOrDefaultAsync(cancellationToken)
            ?? await db.ReturnVersions.MaxAsync(v => v.PublishedAt, cancellationToken)
            ?? DateTime.UnixEpoch;
        return DateTime.SpecifyKind(committed, DateTimeKind.Utc);
    }
}
