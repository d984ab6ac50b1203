using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Feeds.Giving;
using Transparency.Web.Feeds.Ocds;
using Transparency.Web.Publication;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Builds every bulk file from one consistent read of the database into a new folder, then switches
/// readers to it (see <see cref="DownloadsStore"/>). Only one build runs at a time in a process.
/// </summary>
public sealed class DownloadsBuilder(
    IServiceScopeFactory scopes,
    DownloadsStore store,
    IOptions<FeedsOptions> options,
    TimeProvider clock,
    ILogger<DownloadsBuilder> logger)
{
    public const string ChecksumsName = "SHA256SUMS";
    public const string OcdsRecordsPath = "ocds/record-package.json";
    public const string GrantsPath = "360giving/grants.json";

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Builds from the database as it is now, recording the log head as the build's position.</summary>
    public async Task<DownloadsBuild> BuildAsync(CancellationToken cancellationToken = default)
    {
        long head;
        await using (var scope = scopes.CreateAsyncScope())
        {
            head = await PublicationLog.HeadAsync(scope.ServiceProvider.GetRequiredService<TransparencyDbContext>(), cancellationToken);
        }

        return await BuildAsync(ProjectionState.Initial(head, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    public async Task<DownloadsBuild> BuildAsync(ProjectionState state, CancellationToken cancellationToken)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await BuildExclusiveAsync(state, cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<DownloadsBuild> BuildExclusiveAsync(ProjectionState state, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var builtAt = clock.GetUtcNow().UtcDateTime;
        store.RemoveStaleWorkFolders();
        var work = store.CreateWorkFolder(builtAt);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
            db.ChangeTracker.QueryTrackingBehavior = Microsoft.EntityFrameworkCore.QueryTrackingBehavior.NoTracking;
            await using var snapshot = await SnapshotTransaction.BeginAsync(db, cancellationToken);

            var tables = DownloadTables.All(options.Value);
            var tableFiles = new Dictionary<string, IReadOnlyList<(int?, BuiltFile, BuiltFile)>>();
            foreach (var table in tables)
            {
                var started = stopwatch.Elapsed;
                using var outputs = new TableOutputs(work, table);
                await table.WriteAsync(db, outputs, cancellationToken);
                tableFiles[table.Name] = outputs.Complete();
                logger.LogInformation("Wrote {Table} in {Seconds:0.0} s", table.Name, (stopwatch.Elapsed - started).TotalSeconds);
            }

            var ocds = await WriteAsync(work, OcdsRecordsPath, stream => new OcdsBulkWriter(db, options.Value).WriteRecordPackageAsync(stream, builtAt, cancellationToken));
            logger.LogInformation("Wrote the OCDS records at {Seconds:0.0} s", stopwatch.Elapsed.TotalSeconds);
            var grants = await WriteAsync(work, GrantsPath, stream => new GrantsPackageWriter(db, options.Value).WriteAsync(stream, builtAt, cancellationToken));
            await snapshot.CommitAsync(cancellationToken);

            var others = new List<(BuiltFile, string, string)>
            {
                (ocds, "OCDS records", "Every contract as an OCDS 1.1 record with its compiled release: KPIs as agreed metrics, quarterly results as implementation metrics, funding as transactions."),
                (grants, "360Giving grants", "Funding paid as grants, as a 360Giving 1.4 data package."),
            };
            var files = tableFiles.Values.SelectMany(f => f).SelectMany(f => new[] { f.Item2, f.Item3 }).Concat(others.Select(o => o.Item1)).ToList();
            files.Add(await WriteAsync(work, DataPackageWriter.FileName, stream =>
            {
                DataPackageWriter.Write(stream, options.Value, builtAt, tables, tableFiles, others);
                return Task.CompletedTask;
            }));
            files.Add(await WriteAsync(work, ChecksumsName, stream => stream.WriteAsync(Checksums(files), cancellationToken).AsTask(), "text/plain"));

            var build = store.Publish(work, builtAt, files, state);
            logger.LogInformation("Built {Files} bulk files ({Bytes:N0} bytes) in {Seconds:0.0} s", files.Count, files.Sum(f => f.Bytes), stopwatch.Elapsed.TotalSeconds);
            return build;
        }
        catch
        {
            store.Discard(work);
            throw;
        }
    }

    /// <summary>The sha256sum format (two spaces between hash and path), so `sha256sum -c SHA256SUMS` checks a mirror.</summary>
    private static byte[] Checksums(IEnumerable<BuiltFile> files) =>
        Encoding.UTF8.GetBytes(string.Concat(files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => $"{f.Sha256}  {f.Path}\n")));

    private static async Task<BuiltFile> WriteAsync(string work, string path, Func<Stream, Task> write, string mediaType = "application/json")
    {
        await using var output = new OutputFileStream(work, path, mediaType);
        await write(output);
        return output.Complete();
    }
}
