using Microsoft.EntityFrameworkCore;

namespace Transparency.Benchmarks;

/// <summary>Two one-column tables for the money benchmark: the same amounts as pence and as decimals.</summary>
public sealed class MoneyContext(string file) : DbContext
{
    public DbSet<PenceRow> Pence => Set<PenceRow>();

    public DbSet<DecimalRow> Decimals => Set<DecimalRow>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite($"Data Source={file}");
}
