using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Data.Bulk;
using Transparency.Web.Domain;
using Transparency.Web.Returns;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Validation;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Benchmarks;

/// <summary>
/// Uploads (reads, checks, stores a draft) and publishes one large return on SQLite: 100 contracts, each with
/// KPI results by cohort, funding lines, subcontracts (half of them new organisations) and satisfaction results.
/// </summary>
public static class ReturnsBenchmark
{
    private const int Contracts = 100;

    public static Command Create()
    {
        var lines = new Option<int>("--lines") { Description = "Lines in the return (a multiple of 100)", DefaultValueFactory = _ => 10_000 };
        var command = new Command("returns", "Validate and publish one large quarterly return on a new SQLite database.") { lines };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = Directory.CreateTempSubdirectory("transparency-returns-bench-").FullName;
            try
            {
                await RunAsync(folder, parse.GetValue(lines) / Contracts, cancellationToken);
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }

            return 0;
        });
        return command;
    }

    private static async Task RunAsync(string folder, int perContract, CancellationToken cancellationToken)
    {
        await using var db = BenchmarkDatabase.Open("sqlite", Path.Combine(folder, "bench.db"));
        await db.Database.MigrateAsync(cancellationToken);
        var providerId = await SeedAsync(db, cancellationToken);
        var options = Options.Create(new ReturnsOptions());
        var store = new OriginalFileStore(db, new PortalPaths(folder, folder), TimeProvider.System);
        var deadlines = new ReturnDeadlineRule(db);
        var validator = new ReturnValidator(db, options);
        var submission = new ReturnSubmissionService(db, validator, store, deadlines, options, TimeProvider.System, NullLogger<ReturnSubmissionService>.Instance);
        var publisher = new ReturnPublisher(db, validator, store, deadlines, new Transparency.Web.Publication.PublicationSignal(), Transparency.Web.Publication.PublicationFaults.None, new FactWriter(db, new BulkWriterFactory()), TimeProvider.System);

        // The same size of return for three quarters in turn: the first run includes compiling the code paths
        // (.NET starts with quick, unoptimised code and recompiles what runs hot); the later runs are a long-running portal's.
        Console.WriteLine($"Machine: {BenchmarkDatabase.Describe()}");
        for (var run = 1; run <= 3; run++)
        {
            db.ChangeTracker.Clear();
            var (lineCount, upload, publish) = await UploadAndPublishAsync(submission, publisher, providerId, new Quarter(2025, run), perContract, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Run {run}: a return of {lineCount:N0} lines (.zip of 4 CSV files) on SQLite: upload and validate {upload.TotalSeconds:0.00} s, publish {publish.TotalSeconds:0.00} s, total {(upload + publish).TotalSeconds:0.00} s."));
        }
    }

    private static async Task<(int Lines, TimeSpan Upload, TimeSpan Publish)> UploadAndPublishAsync(
        ReturnSubmissionService submission, ReturnPublisher publisher, int providerId, Quarter quarter, int perContract, CancellationToken cancellationToken)
    {
        var file = BuildReturn(quarter, perContract, out var lineCount);
        var clock = Stopwatch.StartNew();
        var result = await submission.SubmitAsync(new ReturnSubmission(providerId, quarter, [file], "benchmark", null), cancellationToken);
        var upload = clock.Elapsed;
        if (!result.Accepted)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Report.Errors.Take(5).Select(e => e.Message)));
        }

        clock.Restart();
        var published = await publisher.PublishAsync(new PublishRequest(result.DraftVersionId!.Value, "benchmark", null), cancellationToken);
        var publish = clock.Elapsed;
        return published.Succeeded ? (lineCount, upload, publish) : throw new InvalidOperationException(published.Message);
    }

    private static async Task<int> SeedAsync(TransparencyDbContext db, CancellationToken cancellationToken)
    {
        var at = new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc);
        var buyer = new Organisation { Identifier = "GB-GOR-ZZ1", Name = "Benchmark Department (fictional)", LegalForm = LegalForm.PublicBody, CreatedAt = at, UpdatedAt = at };
        var provider = new Organisation { Identifier = "GB-COH-99000001", Name = "Benchmark Provider Ltd", CreatedAt = at, UpdatedAt = at };
        for (var c = 0; c < Contracts; c++)
        {
            db.Contracts.Add(new Contract
            {
                Reference = $"BENCH-{c:D3}",
                Title = $"Benchmark contract {c}",
                Provider = provider,
                Commissioner = buyer,
                StartDate = new DateOnly(2024, 4, 1),
                EndDate = new DateOnly(2029, 3, 31),
                TotalValuePence = 100_000_000,
                CreatedAt = at,
                UpdatedAt = at,
                Kpis = Enumerable.Range(1, 10).Select(k => new KpiDefinition { Code = $"K{k}", Name = $"Measure {k}", Unit = KpiUnit.Percentage, Target = 60 }).ToList(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return provider.Id;
    }

    /// <summary>Per contract, in hundredths of the lines: 50 KPI results (10 KPIs × 5 cohorts), 20 funding, 15 subcontract and 15 satisfaction lines.</summary>
    private static UploadedFile BuildReturn(Quarter quarter, int perContract, out int lines)
    {
        var funding = new StringBuilder("quarter,contract_reference,payment_type,amount,description\n");
        var kpis = new StringBuilder("quarter,contract_reference,kpi_code,cohort,actual,numerator,denominator\n");
        var subcontracts = new StringBuilder("quarter,contract_reference,subcontractor_id,subcontractor_name,service,value_paid_in_quarter,total_value\n");
        var satisfaction = new StringBuilder("quarter,contract_reference,measure,method,respondents,percent_positive,percent_negative\n");
        lines = 0;
        for (var c = 0; c < Contracts; c++)
        {
            var reference = $"BENCH-{c:D3}";
            for (var i = 0; i < perContract; i++, lines++)
            {
                var share = i % 100;
                var n = c * perContract + i;
                _ = share switch
                {
                    < 50 => kpis.Append(CultureInfo.InvariantCulture, $"{quarter},{reference},K{share / 5 + 1},Cohort {share % 5 + i / 100},62.5,125,200\n"),
                    < 70 => funding.Append(CultureInfo.InvariantCulture, $"{quarter},{reference},fee,\"£1,{n % 1000:D3}.50\",Payment {i}\n"),
                    < 85 => subcontracts.Append(CultureInfo.InvariantCulture, $"{quarter},{reference},GB-COH-{(n % 2 == 0 ? 10_000_000 + n : 10_000_000 + n % 50):D8},Subcontractor {n},Service {i},1200.00,48000.00\n"),
                    _ => satisfaction.Append(CultureInfo.InvariantCulture, $"{quarter},{reference},Measure {i},survey,240,81.5,6\n"),
                };
            }
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("funding.csv", funding), ("kpi-results.csv", kpis), ("subcontracts.csv", subcontracts), ("satisfaction.csv", satisfaction) })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return new UploadedFile($"return-{quarter.Code}.zip", buffer.ToArray());
    }
}
