using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;

namespace Transparency.Benchmarks;

/// <summary>Opens a context on either engine for a benchmark, from a SQLite file path or an Npgsql connection string.</summary>
public static class BenchmarkDatabase
{
    public static TransparencyDbContext Open(string engine, string connection)
    {
        if (engine.Equals("postgres", StringComparison.OrdinalIgnoreCase))
        {
            var options = new DbContextOptionsBuilder<PostgresTransparencyDbContext>();
            DataSetup.ConfigurePostgres(options, connection);
            return new PostgresTransparencyDbContext(options.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteTransparencyDbContext>();
        DataSetup.ConfigureSqlite(sqlite, connection.Contains('=', StringComparison.Ordinal) ? connection : $"Data Source={connection}");
        return new SqliteTransparencyDbContext(sqlite.Options);
    }

    public static string Describe() =>
        $"{Environment.ProcessorCount} logical cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
}
