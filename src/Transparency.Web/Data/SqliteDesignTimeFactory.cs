using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Transparency.Web.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build each engine's context without starting the web host.
/// No database is contacted when creating migrations, so the connection strings are placeholders.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTransparencyDbContext>
{
    public SqliteTransparencyDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteTransparencyDbContext>();
        DataSetup.ConfigureSqlite(options, "Data Source=design-time.db");
        return new SqliteTransparencyDbContext(options.Options);
    }
}
