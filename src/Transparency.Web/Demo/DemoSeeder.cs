using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Data.Bulk;
using Transparency.Web.Domain;
using Transparency.Web.Publication;

namespace Transparency.Web.Demo;

/// <summary>
/// Writes generated data with the bulk writer: the structure in one transaction, then one transaction per
/// quarter, so an interrupted national-scale load leaves whole quarters behind, never half of one.
/// </summary>
public sealed class DemoSeeder(TransparencyDbContext db, IBulkWriterFactory writers, ILogger<DemoSeeder> logger)
{
    private static readonly Type[] LoadedTypes =
    [
        typeof(ParentGroup), typeof(Organisation), typeof(Contract), typeof(KpiDefinition), typeof(QuarterlyReturn),
        typeof(ReturnVersion), typeof(FundingRecord), typeof(KpiResult), typeof(SubcontractRecord), typeof(SatisfactionResult),
    ];

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        !await db.Organisations.AnyAsync(cancellationToken) && !await db.Contracts.AnyAsync(cancellationToken);

    public async Task<DemoSeedReport> SeedAsync(DemoOptions options, CancellationToken cancellationToken = default)
    {
        if (!await IsEmptyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database already holds organisations or contracts. Demonstration data is only loaded into an empty database.");
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var counts = new Dictionary<string, long>();
        var writer = writers.For(db);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var structure = new DemoStructureGenerator(options).Generate();
        await writer.BeforeLoadAsync(db, LoadedTypes, cancellationToken);
        try
        {
            await LoadAsync(options, structure, writer, counts, cancellationToken);
        }
        finally
        {
            // Even after a failure, put the indexes back so the database stays usable and consistent with its migrations.
            await writer.AfterLoadAsync(db, LoadedTypes, CancellationToken.None);
        }

        await LogRebuildAsync(cancellationToken);
        stopwatch.Stop();
        process.Refresh();
        return new DemoSeedReport(options.Scale.Name, options.Seed, counts.Values.Sum(), stopwatch.Elapsed, process.TotalProcessorTime - cpuBefore, process.PeakWorkingSet64, counts);
    }

    /// <summary>The bulk load bypasses the publisher, so one log entry tells every running portal to build its outputs again.</summary>
    private async Task LogRebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await PublicationLog.AppendAsync(db, new PublicationLogEntry { Kind = PublicationChangeKind.RebuildRequested, CommittedAt = DateTime.UtcNow }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task LoadAsync(DemoOptions options, DemoStructure structure, IBulkWriter writer, Dictionary<string, long> counts, CancellationToken cancellationToken)
    {
        await InTransactionAsync(async () =>
        {
            await Write(writer, structure.Groups, counts, cancellationToken);
            await Write(writer, structure.Organisations, counts, cancellationToken);
            await Write(writer, structure.Contracts, counts, cancellationToken);
            await Write(writer, structure.Areas, counts, cancellationToken);
            await Write(writer, structure.Kpis, counts, cancellationToken);
            await Write(writer, [new PortalSetting { Key = DemoMarker.SettingKey, Value = DemoMarker.Notice, UpdatedAt = options.AsOf }], counts, cancellationToken);
        }, cancellationToken);

        // Generate the next quarter on another core while this one is written.
        var batches = Channel.CreateBounded<DemoQuarterBatch>(1);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var generated in new DemoReturnsGenerator(options, structure).Generate())
                {
                    await batches.Writer.WriteAsync(generated, cancellationToken);
                }

                batches.Writer.Complete();
            }
            catch (Exception error)
            {
                batches.Writer.Complete(error);
            }
        }, cancellationToken);

        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
        {
            await InTransactionAsync(async () =>
            {
                await Write(writer, batch.Returns, counts, cancellationToken);
                await Write(writer, batch.Versions, counts, cancellationToken);
                await Write(writer, batch.Funding, counts, cancellationToken);
                await Write(writer, batch.KpiResults, counts, cancellationToken);
                await Write(writer, batch.Subcontracts, counts, cancellationToken);
                await Write(writer, batch.Satisfaction, counts, cancellationToken);
            }, cancellationToken);
            logger.LogInformation("Loaded {Quarter}: {Rows} rows", batch.Quarter, batch.RowCount);
        }

        await producer;
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task Write<T>(IBulkWriter writer, IReadOnlyCollection<T> rows, Dictionary<string, long> counts, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var written = await writer.InsertAsync(db, rows, cancellationToken);
        counts[typeof(T).Name] = counts.GetValueOrDefault(typeof(T).Name) + written;
    }
}
