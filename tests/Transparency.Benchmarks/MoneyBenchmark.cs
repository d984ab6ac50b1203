using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Transparency.Benchmarks;

/// <summary>
/// The measurement behind DECISIONS.md entry 2: the same amounts stored as integer pence and as EF Core
/// decimals on SQLite, summed, filtered and ordered by the database through EF Core.
/// </summary>
public static class MoneyBenchmark
{
    public static Command Create()
    {
        var rows = new Option<int>("--rows") { Description = "Rows per table", DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("money", "Compare integer pence with decimal for sums, filters and ordering on SQLite.") { rows };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(rows);
            var file = Path.Combine(Path.GetTempPath(), $"transparency-money-{Guid.NewGuid():N}.db");
            try
            {
                await using var db = new MoneyContext(file);
                await db.Database.EnsureCreatedAsync(cancellationToken);
                await FillAsync(db, count, cancellationToken);
                Console.WriteLine($"Machine: {BenchmarkDatabase.Describe()}; {count:N0} rows each, best of 3 runs");
                await Report("sum", () => db.Pence.SumAsync(r => r.AmountPence, cancellationToken), () => db.Decimals.SumAsync(r => r.Amount, cancellationToken));
                await Report("filter > £5,000 and count", () => db.Pence.CountAsync(r => r.AmountPence > 500_000, cancellationToken), () => db.Decimals.CountAsync(r => r.Amount > 5_000m, cancellationToken));
                await Report("order by, top 100", () => db.Pence.OrderByDescending(r => r.AmountPence).Take(100).Select(r => r.AmountPence).ToListAsync(cancellationToken), () => db.Decimals.OrderByDescending(r => r.Amount).Take(100).Select(r => r.Amount).ToListAsync(cancellationToken));
                var pence = await db.Pence.SumAsync(r => r.AmountPence, cancellationToken);
                var pounds = await db.Decimals.SumAsync(r => r.Amount, cancellationToken);
                Console.WriteLine($"totals agree: {pence / 100m == pounds} (£{pence / 100m:N2} and £{pounds:N2})");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(file);
            }

            return 0;
        });
        return command;
    }

    private static async Task Report<TPence, TDecimal>(string name, Func<Task<TPence>> pence, Func<Task<TDecimal>> decimals)
    {
        var penceMs = await BestOfThree(pence);
        var decimalMs = await BestOfThree(decimals);
        Console.WriteLine($"{name,-28} pence {penceMs,8:N1} ms   decimal {decimalMs,8:N1} ms   ratio {decimalMs / penceMs,6:N1}x");
    }

    private static async Task<double> BestOfThree<T>(Func<Task<T>> query)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await query();
            best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static async Task FillAsync(MoneyContext db, int count, CancellationToken cancellationToken)
    {
        var random = new Random(42);
        var amounts = Enumerable.Range(0, count).Select(_ => (long)random.Next(1, 1_000_000_00)).ToArray();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        foreach (var (table, column, asDecimal) in new[] { ("Pence", "AmountPence", false), ("Decimals", "Amount", true) })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO \"{table}\" (\"{column}\") VALUES ($v)";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$v";
            command.Parameters.Add(parameter);
            foreach (var amount in amounts)
            {
                // EF Core stores SQLite decimals as text in invariant culture: write them the same way.
                parameter.Value = asDecimal ? (amount / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : amount;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("CREATE INDEX IX_Pence ON Pence (AmountPence); CREATE INDEX IX_Decimals ON Decimals (Amount);", cancellationToken);
    }
}
