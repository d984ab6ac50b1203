using System.CommandLine;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Api.Query;
using Transparency.Web.Data;
using Transparency.Web.Demo;
using Transparency.Web.Insights;
using Transparency.Web.Insights.Cohorts;
using Transparency.Web.Insights.Concentration;
using Transparency.Web.Insights.DataQuality;
using Transparency.Web.Insights.Outcomes;
using Transparency.Web.Insights.Performance;
using Transparency.Web.Insights.Regions;
using Transparency.Web.Insights.Subcontracting;
using Transparency.Web.Insights.Timeliness;

namespace Transparency.Benchmarks;

/// <summary>
/// Each insight as the site or API would ask for it (one quarter or one financial year, ordered, first page),
/// against an existing database such as the national-scale one. Reports the first run and the best of three.
/// </summary>
public static class InsightsBenchmark
{
    public static Command Create()
    {
        var engine = new Option<string>("--engine") { Description = "sqlite or postgres", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string>("--connection") { Description = "SQLite file or Npgsql connection string", Required = true };
        var only = new Option<string?>("--only") { Description = "Run only the cases whose name contains this text" };
        var repeat = new Option<int>("--runs") { Description = "Runs per case (first and best are reported)", DefaultValueFactory = _ => 3 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds before a case is abandoned", DefaultValueFactory = _ => 60 };
        var plan = new Option<bool>("--plan") { Description = "Print each case's SQL and the engine's query plan instead of timing it" };
        var command = new Command("insights", "Time every insight view on an existing (for example national-scale) database.") { engine, connection, only, repeat, timeout, plan };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(engine)!;
            var filter = parse.GetValue(only);
            var runs = parse.GetValue(repeat);
            var limit = parse.GetValue(timeout);
            var target = parse.GetValue(connection)!;
            var postgres = chosen.Equals("postgres", StringComparison.OrdinalIgnoreCase);
            if (!postgres && !target.Contains('=', StringComparison.Ordinal))
            {
                target = $"Data Source={target};Mode=ReadOnly";
            }

            // Npgsql has no such keyword; PostgreSQL gets the limit from the command timeout below.
            if (!postgres && !target.Contains("Default Timeout", StringComparison.OrdinalIgnoreCase))
            {
                target += $";Default Timeout={limit}";
            }

            await using var db = BenchmarkDatabase.Open(chosen, target);
            db.Database.SetCommandTimeout(limit);
            var demo = new DemoOptions();
            var quarter = await db.Returns.MaxAsync(r => r.QuarterCode, cancellationToken);
            var year = Web.Domain.Quarter.FromCode(quarter).FinancialYearStart;
            var fy = InsightsPeriod.FinancialYear(year);
            var timeliness = new TimelinessInsights(db, new AdministrationDeadlineRuleSource(db), TimeProvider.System);
            var schedule = await timeliness.ScheduleAsync(demo.AsOf, cancellationToken);
            var due = schedule.DueQuarters[^1].Code;
            Console.WriteLine($"Machine: {BenchmarkDatabase.Describe()}");
            Console.WriteLine($"Database: {chosen} {parse.GetValue(connection)}; latest quarter {quarter}, latest due {due}, financial year {year}; first run and best of 3");

            var outcomes = new OutcomeInsights(db);
            var performance = new PerformanceInsights(db);
            var concentration = new ConcentrationInsights(db);
            var subcontracting = new SubcontractingInsights(db);
            (string Name, Func<IQueryable<object>> Query)[] cases =
            [
                ("1 timeliness: every quarter", () => timeliness.Quarters(schedule)),
                ("1 timeliness: latest due quarter, 100 latest", () => timeliness.Returns(schedule).Where(r => r.QuarterCode == due).OrderByDescending(r => r.DaysLate)),
                ("1 timeliness: providers, 100 most missing", () => timeliness.Providers(schedule).OrderByDescending(r => r.Missing)),
                ("2 data quality: latest due quarter, 100 lowest", () => new DataQualityInsights(db).Versions(schedule).Where(r => r.QuarterCode == due).OrderBy(r => r.Score)),
                ("2 data quality: financial year, every score", () => new DataQualityInsights(db).Versions(schedule).Where(r => r.QuarterCode >= fy.FromCode && r.QuarterCode <= fy.ToCode).OrderBy(r => r.Score).Select(r => new { r.ProviderId, r.Score })),
                ("3 KPI mix by commissioner", () => outcomes.KpiMixByCommissioner().OrderBy(r => r.OutcomeShare)),
                ("3 KPI mix by provider, 100 lowest", () => outcomes.KpiMixByProvider().OrderBy(r => r.OutcomeShare)),
                ("3 KPI mix by sector", () => outcomes.KpiMixBySector()),
                ("3 funding mix by sector, financial year", () => outcomes.FundingMixBySector(fy)),
                ("3 funding mix overall, financial year", () => outcomes.FundingMixOverall(fy)),
                ("3 funding mix by provider, fin. year, 100", () => outcomes.FundingMixByProvider(fy).OrderBy(r => r.OutcomePaymentShare)),
                ("4 ratings by commissioner, latest quarter", () => performance.ByCommissioner().Where(r => r.QuarterCode == quarter).OrderByDescending(r => r.BelowTargetShare)),
                ("4 ratings by provider, latest quarter, 100", () => performance.ByProvider().Where(r => r.QuarterCode == quarter).OrderByDescending(r => r.BelowTargetShare)),
                ("4 ratings overall, latest quarter", () => performance.ByQuarter().Where(r => r.QuarterCode == quarter)),
                ("4 ratings by contract, latest quarter, 100", () => performance.ByContract().Where(r => r.QuarterCode == quarter).OrderByDescending(r => r.BelowTargetShare)),
                ("4 persistent under-performance, latest, 100", () => performance.PersistentUnderperformance().Where(r => r.QuarterCode == quarter).OrderByDescending(r => r.QuartersRunning)),
                ("4 year on year, latest quarter, 100", () => performance.YearOnYear().Where(r => r.QuarterCode == quarter).OrderBy(r => r.Improvement)),
                ("5 shares overall, financial year, top 10", () => concentration.SharesOverall(fy).OrderByDescending(s => s.FundingPence).ThenBy(s => s.GroupKey).Take(10)),
                ("5 shares by commissioner, fin. year, 100", () => concentration.SharesByCommissioner(fy).OrderByDescending(s => s.SharePercent)),
                ("5 concentration overall, financial year", () => concentration.Overall(fy)),
                ("5 concentration by sector, financial year", () => concentration.BySector(fy)),
                ("5 concentration by commissioner, fin. year", () => concentration.ByCommissioner(fy).OrderByDescending(r => r.Hhi)),
                ("5 group reach, financial year, 100", () => concentration.GroupReach(fy).OrderByDescending(r => r.Commissioners)),
                ("6 subcontracting by provider, fin. year, 100", () => subcontracting.Providers(fy).OrderByDescending(r => r.SubcontractedShare)),
                ("6 SME share by provider, fin. year, 100", () => subcontracting.Providers(fy).OrderByDescending(r => r.SmeShare)),
                ("6 subcontracting chains, financial year, 100", () => subcontracting.Chains(fy).OrderByDescending(r => r.PaidPence)),
                ("7 cohort gaps, latest quarter, 100", () => new CohortInsights(db).Gaps().Where(r => r.QuarterCode == quarter).OrderByDescending(r => r.Spread)),
                ("7 cohort results, latest quarter, 100", () => new CohortInsights(db).Results().Where(r => r.QuarterCode == quarter).OrderBy(r => r.GapToWholeService)),
                ("8 regional variation, latest quarter", () => new RegionInsights(db).Variation(quarter)),
            ];

            foreach (var (name, query) in cases.Where(c => filter is null || c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
            {
                if (parse.GetValue(plan))
                {
                    await QueryPlan.PrintAsync(name, query().Take(100), cancellationToken);
                    continue;
                }

                try
                {
                    var (first, best, cpu, rows) = await Time(() => Page(db, query(), limit), runs);
                    Console.WriteLine($"{name,-48} first {first,8:N0} ms   best {best,8:N0} ms   best cpu {cpu,8:N0} ms   rows {rows,6:N0}   load {Load()}");
                }
                catch (Exception error) when (error is OperationCanceledException or SqliteException { SqliteErrorCode: 9 })
                {
                    Console.WriteLine($"{name,-48} gave up after {limit} s");
                    db.ChangeTracker.Clear();
                }
            }

            return 0;
        });
        return command;
    }

    // SQLite's command timeout only covers waiting for locks and Microsoft.Data.Sqlite does not stop a running
    // statement on cancellation, so a slow case ran to its end and the benchmark seemed to hang. The API's own
    // progress-handler deadline interrupts it instead (SQLITE_INTERRUPT); PostgreSQL honours the token.
    private static async Task<int> Page<T>(TransparencyDbContext db, IQueryable<T> query, int seconds)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        if (db.Database.GetDbConnection() is not SqliteConnection sqlite)
        {
            return (await query.Take(100).ToListAsync(limit.Token)).Count;
        }

        await db.Database.OpenConnectionAsync(limit.Token);
        using (SqliteQueryDeadline.Arm(sqlite, TimeSpan.FromSeconds(seconds)))
        {
            return (await query.Take(100).ToListAsync(limit.Token)).Count;
        }
    }

    // Wall time on a shared 2-core machine depends on everyone else's load, so the process's own CPU time
    // (user + sys; SQLite runs in-process) is reported beside it.
    private static async Task<(double First, double Best, double BestCpu, int Rows)> Time(Func<Task<int>> run, int runs)
    {
        var first = 0.0;
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        var rows = 0;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            rows = await run();
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            process.Refresh();
            first = i == 0 ? elapsed : first;
            best = Math.Min(best, elapsed);
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalMilliseconds);
        }

        return (first, best, bestCpu, rows);
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
