using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Transparency.Web.Data;

/// <summary>The PostgreSQL counterpart of <see cref="SqliteDesignTimeFactory"/>.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTransparencyDbContext>
{
    public PostgresTransparencyDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresTransparencyDbContext>();
        DataSetup.ConfigurePostgres(options, "Host=localhost;Database=design_time");
        return new PostgresTransparencyDbContext(options.Options);
    }
}
