using System.CommandLine;
using System.Globalization;
using Transparency.Web.Data;
using Transparency.Web.Demo;

namespace Transparency.Web.Cli;

public static class SeedDemoCommand
{
    public static Command Create(IServiceProvider services)
    {
        var scale = new Option<string>("--scale")
        {
            Description = "demo (about 40 providers, 12 quarters) or national (10,000 providers, 40 quarters, about 13 million rows).",
            DefaultValueFactory = _ => "demo",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The random seed. The same seed always gives the same data.",
            DefaultValueFactory = _ => DemoOptions.DefaultSeed,
        };
        var command = new Command("seed-demo", "Load fictional demonstration data into an empty database and report the load rate.") { scale, seed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DemoScale chosen;
            try
            {
                chosen = DemoScale.Parse(parse.GetValue(scale));
            }
            catch (ArgumentException error)
            {
                await Console.Error.WriteLineAsync(error.Message);
                return 2;
            }

            await using var startup = await services.AcquireStartupLockAsync(cancellationToken);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().MigrateAsync(cancellationToken);
            var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            if (!await seeder.IsEmptyAsync(cancellationToken))
            {
                await Console.Error.WriteLineAsync("The database already holds data. Demonstration data is only loaded into an empty database: point Database settings at a new one.");
                return 1;
            }

            var report = await seeder.SeedAsync(new DemoOptions { Scale = chosen, Seed = parse.GetValue(seed) }, cancellationToken);
            Console.WriteLine(Describe(report));
            return 0;
        });
        return command;
    }

    public static string Describe(DemoSeedReport report)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Loaded {report.Rows:N0} rows of fictional {report.Scale} data (seed {report.Seed}) in {report.Elapsed.TotalSeconds:0.0} s: {report.RowsPerSecond:N0} rows/s ({report.RowsPerProcessorSecond:N0} rows per processor-second), peak memory {report.PeakWorkingSetBytes / (1024 * 1024):N0} MiB."),
        };
        lines.AddRange(report.RowsByTable.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"  {t.Key,-20} {t.Value,12:N0}")));
        return string.Join(Environment.NewLine, lines);
    }
}
