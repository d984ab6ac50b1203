using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Feeds;
using Transparency.Web.Feeds.Downloads;
using Transparency.Web.Publication;

namespace Transparency.Benchmarks;

/// <summary>
/// Builds every bulk file from an existing database, as `build-downloads` does, then restates one provider's return
/// of the latest quarter (a new version with every fact of the old one, fees one penny higher, and its log entry, as
/// the publisher writes them) and applies it as the downloads projection would. For each step it reports wall time,
/// the process's CPU time, the bytes of new part files and what /proc/self/io counts as written to storage. It
/// migrates and writes the database, so give it a copy.
/// </summary>
public static class DownloadsBenchmark
{
    public static Command Create()
    {
        var engine = new Option<string>("--engine") { Description = "sqlite or postgres", DefaultValueFactory = _ => "sqlite" };
        var database = new Option<string>("--database") { Description = "A copy of a SQLite file (it is migrated and written), or an Npgsql connection string", Required = true };
        var output = new Option<string?>("--output") { Description = "Data folder for the files (default: a new temporary folder, removed afterwards)" };
        var command = new Command("downloads", "Build every bulk file, then apply one provider's publication incrementally, reporting time, CPU and bytes written.") { engine, database, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var connection = parse.GetValue(database)!;
            var chosenEngine = parse.GetValue(engine)!;
            if (!chosenEngine.Equals("postgres", StringComparison.OrdinalIgnoreCase) && File.Exists(connection) && File.GetAttributes(connection).HasFlag(FileAttributes.ReadOnly))
            {
                // A read-only file is a shared original: the benchmark migrates and writes the database it is given.
                await Console.Error.WriteLineAsync($"{connection} is read-only, and this benchmark writes the database: copy it first (cp {connection} <copy>.db) and pass the copy.");
                return 2;
            }

            var folder = parse.GetValue(output) ?? Directory.CreateTempSubdirectory("transparency-downloads-").FullName;
            await using var services = new ServiceCollection()
                .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true))
                .AddScoped(_ => BenchmarkDatabase.Open(chosenEngine, connection))
                .AddSingleton(new PortalPaths(folder, folder))
                .AddSingleton(Options.Create(new FeedsOptions()))
                .AddSingleton(TimeProvider.System)
                .AddSingleton(DownloadsFaults.None)
                .AddSingleton<DownloadsStore>()
                .AddSingleton<DownloadsBuilder>()
                .BuildServiceProvider();
            await using (var db = BenchmarkDatabase.Open(chosenEngine, connection))
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            Console.WriteLine($"Machine: {BenchmarkDatabase.Describe()}; load average {LoadAverage()}");
            var builder = services.GetRequiredService<DownloadsBuilder>();
            var full = await MeasureAsync(() => builder.RebuildAsync(cancellationToken));
            var parts = full.Build.Manifest.Parts;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Full build: {parts.Count:N0} parts, {parts.Sum(p => p.Bytes) / 1048576.0:N0} MiB ({parts.Sum(p => p.DeflatedBytes) / 1048576.0:N0} MiB compressed), serving {full.Build.Files.Count:N0} files"));
            Report("Full build", full, full.Build.Report!.BytesWritten);
            foreach (var file in full.Build.Files.Values.Where(f => !f.Path.StartsWith("parts/", StringComparison.Ordinal) && !f.Path.Contains("/20", StringComparison.Ordinal)).OrderByDescending(f => f.Length).Take(8))
            {
                Console.WriteLine($"  {file.Path,-36} {file.Length / 1048576.0,10:N1} MiB, {file.Segments.Count:N0} segments");
            }

            var (entry, lines) = await RestateAsync(services, cancellationToken);
            Console.WriteLine($"Restated provider {entry.ProviderId}'s {Quarter.FromCode(entry.QuarterCode!.Value)} return: {lines:N0} lines, {entry.Contracts.Count} contracts, log position {entry.Position}");
            var state = full.Build.State;
            var apply = await MeasureAsync(() => builder.ApplyAsync(
                new ProjectionBatch(state.Position, entry.Position, [entry], FromScratch: false, state.Advance(entry.Position, DateTime.UtcNow)), cancellationToken));
            var report = apply.Build.Report!;
            Console.WriteLine($"Incremental apply: {report.Changes}; {report.PartsWritten} parts written ({report.BlobsWritten} new), {report.PartsKept:N0} kept");
            Report("Incremental apply", apply, report.BytesWritten);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Disk written per publication: {apply.StorageBytes * 100.0 / Math.Max(1, full.StorageBytes):N2}% of the full build (storage layer), {report.BytesWritten * 100.0 / Math.Max(1, full.Build.Report!.BytesWritten):N2}% (new parts)"));

            if (parse.GetValue(output) is null)
            {
                Directory.Delete(folder, recursive: true);
            }

            return 0;
        });
        return command;
    }

    private static void Report(string step, Measurement measurement, long partBytes) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{step}: {measurement.Wall.TotalSeconds:N1} s wall, {measurement.Cpu.TotalSeconds:N1} s CPU, new part files {partBytes / 1048576.0:N1} MiB, " +
            $"written to storage {measurement.StorageBytes / 1048576.0:N1} MiB (/proc/self/io write_bytes), load average {LoadAverage()}"));

    private static async Task<Measurement> MeasureAsync(Func<Task<DownloadsBuild>> step)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var written = WriteBytes();
        var stopwatch = Stopwatch.StartNew();
        var build = await step();
        stopwatch.Stop();
        process.Refresh();
        return new Measurement(build, stopwatch.Elapsed, process.TotalProcessorTime - cpu, WriteBytes() - written);
    }

    /// <summary>Restates the median-sized return of the latest quarter with all its facts, as the publisher would, and logs it.</summary>
    private static async Task<(PublicationLogEntry Entry, int Lines)> RestateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        var latest = await db.Returns.MaxAsync(r => r.QuarterCode, cancellationToken);
        var candidates = await db.ReturnVersions.Where(v => v.Status == ReturnVersionStatus.Published && v.Return!.QuarterCode == latest)
            .OrderBy(v => v.Id).Select(v => v.Id).Take(200).ToListAsync(cancellationToken);
        var chosen = candidates[candidates.Count / 2];
        var current = await db.ReturnVersions.Include(v => v.Return).Include(v => v.Funding).Include(v => v.KpiResults)
            .Include(v => v.Subcontracts).Include(v => v.Satisfaction).AsSplitQuery().SingleAsync(v => v.Id == chosen, cancellationToken);
        var now = DateTime.UtcNow;
        var next = new ReturnVersion
        {
            ReturnId = current.ReturnId,
            VersionNumber = await db.ReturnVersions.Where(v => v.ReturnId == current.ReturnId).MaxAsync(v => v.VersionNumber, cancellationToken) + 1,
            Status = ReturnVersionStatus.Published,
            RestatementReason = "Benchmark: fees keyed a penny short",
            OriginalFileName = "benchmark.csv",
            FileSha256 = new string('b', 64),
            Format = UploadFormat.Csv,
            SubmittedBy = "benchmark",
            SubmittedAt = now,
            PublishedBy = "benchmark",
            PublishedAt = now,
            SupersedesVersionId = current.Id,
        };
        next.Funding.AddRange(current.Funding.Select(f => new FundingRecord { ContractId = f.ContractId, QuarterCode = f.QuarterCode, PaymentType = f.PaymentType, AmountPence = f.AmountPence + 1, Description = f.Description }));
        next.KpiResults.AddRange(current.KpiResults.Select(r => new KpiResult
        {
            KpiDefinitionId = r.KpiDefinitionId,
            ContractId = r.ContractId,
            QuarterCode = r.QuarterCode,
            Cohort = r.Cohort,
            AreaCode = r.AreaCode,
            Actual = r.Actual,
            Numerator = r.Numerator,
            Denominator = r.Denominator,
            Rating = r.Rating,
            RatingDerived = r.RatingDerived,
            Commentary = r.Commentary,
        }));
        next.Subcontracts.AddRange(current.Subcontracts.Select(s => new SubcontractRecord
        {
            ContractId = s.ContractId,
            QuarterCode = s.QuarterCode,
            SubcontractorId = s.SubcontractorId,
            Service = s.Service,
            ValuePaidInQuarterPence = s.ValuePaidInQuarterPence,
            TotalValuePence = s.TotalValuePence,
            PerformanceRating = s.PerformanceRating,
        }));
        next.Satisfaction.AddRange(current.Satisfaction.Select(s => new SatisfactionResult
        {
            ContractId = s.ContractId,
            QuarterCode = s.QuarterCode,
            Measure = s.Measure,
            Method = s.Method,
            Respondents = s.Respondents,
            PercentPositive = s.PercentPositive,
            PercentNegative = s.PercentNegative,
        }));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        current.Status = ReturnVersionStatus.Superseded;
        db.ReturnVersions.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        var entry = new PublicationLogEntry
        {
            Kind = PublicationChangeKind.Restated,
            CommittedAt = now,
            ProviderId = current.Return!.ProviderId,
            ReturnId = current.ReturnId,
            ReturnVersionId = next.Id,
            VersionNumber = next.VersionNumber,
            QuarterCode = current.Return.QuarterCode,
            ContractIds = PublicationLogEntry.JoinIds(next.Funding.Select(f => f.ContractId).Concat(next.KpiResults.Select(r => r.ContractId))),
        };
        await PublicationLog.AppendAsync(db, entry, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (entry, next.Funding.Count + next.KpiResults.Count + next.Subcontracts.Count + next.Satisfaction.Count);
    }

    private static long WriteBytes() =>
        File.Exists("/proc/self/io")
            ? File.ReadLines("/proc/self/io").Where(l => l.StartsWith("write_bytes:", StringComparison.Ordinal)).Select(l => long.Parse(l[12..].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault()
            : 0;

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private sealed record Measurement(DownloadsBuild Build, TimeSpan Wall, TimeSpan Cpu, long StorageBytes);
}
