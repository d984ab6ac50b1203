using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Transparency.Web.Cli;
using Transparency.Web.Data;
using Transparency.Web.Data.Bulk;
using Transparency.Web.Demo;

namespace Transparency.Benchmarks;

/// <summary>Loads the national-scale demonstration dataset into a new database and reports rows/s and peak memory.</summary>
public static class LoadBenchmark
{
    public static Command Create()
    {
        var engine = new Option<string>("--engine") { Description = "sqlite or postgres", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string?>("--connection") { Description = "SQLite file (default: a new temporary file) or Npgsql connection string to an empty database" };
        var scale = new Option<string>("--scale") { Description = "demo or national", DefaultValueFactory = _ => "national" };
        var quarters = new Option<int?>("--quarters") { Description = "Generate only this many quarters (a quicker, proportionally smaller run)" };
        var generateOnly = new Option<bool>("--generate-only") { Description = "Only run the generator, writing nothing, to separate generation cost from loading cost" };
        var keep = new Option<bool>("--keep") { Description = "Keep the SQLite file afterwards and print its path" };
        var command = new Command("load", "Bulk-load generated demonstration data and report the load rate.") { engine, connection, scale, quarters, generateOnly, keep };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosenEngine = parse.GetValue(engine)!;
            if (parse.GetValue(generateOnly))
            {
                GenerateOnly(Scale(parse.GetValue(scale), parse.GetValue(quarters)));
                return 0;
            }

            var target = parse.GetValue(connection) ?? Path.Combine(Path.GetTempPath(), $"transparency-load-{Guid.NewGuid():N}.db");
            await using (var db = BenchmarkDatabase.Open(chosenEngine, target))
            {
                await db.Database.MigrateAsync(cancellationToken);
                var seeder = new DemoSeeder(db, new BulkWriterFactory(), NullLogger<DemoSeeder>.Instance);
                var report = await seeder.SeedAsync(new DemoOptions { Scale = Scale(parse.GetValue(scale), parse.GetValue(quarters)) }, cancellationToken);
                Console.WriteLine($"Machine: {BenchmarkDatabase.Describe()}");
                Console.WriteLine($"Engine: {chosenEngine}");
                Console.WriteLine(SeedDemoCommand.Describe(report));
            }

            if (!chosenEngine.Equals("postgres", StringComparison.OrdinalIgnoreCase) && parse.GetValue(connection) is null)
            {
                if (parse.GetValue(keep))
                {
                    Console.WriteLine($"Kept {target}");
                }
                else
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    foreach (var file in Directory.GetFiles(Path.GetDirectoryName(target)!, Path.GetFileName(target) + "*"))
                    {
                        File.Delete(file);
                    }
                }
            }

            return 0;
        });
        return command;
    }

    private static DemoScale Scale(string? name, int? quarters)
    {
        var scale = DemoScale.Parse(name);
        return quarters is int count ? scale with { Quarters = count } : scale;
    }

    private static void GenerateOnly(DemoScale scale)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var options = new DemoOptions { Scale = scale };
        var structure = new DemoStructureGenerator(options).Generate();
        var rows = (long)structure.Organisations.Count + structure.Contracts.Count + structure.Kpis.Count + structure.Areas.Count;
        foreach (var batch in new DemoReturnsGenerator(options, structure).Generate())
        {
            rows += batch.RowCount;
        }

        Console.WriteLine($"Generated {rows:N0} rows in {stopwatch.Elapsed.TotalSeconds:0.0} s without writing them ({rows / stopwatch.Elapsed.TotalSeconds:N0} rows/s).");
    }
}
