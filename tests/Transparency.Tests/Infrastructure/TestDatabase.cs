using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;

namespace Transparency.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database on one engine for one test class. Subclasses choose the engine; the tests
/// themselves are written once against this type, as efcore and efcore.pg do.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>A folder of its own for uploads and the built site.</summary>
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("transparency-tests-").FullName;

    public TransparencyDbContext CreateContext() => Provider == "Postgres"
        ? new PostgresTransparencyDbContext(Options<PostgresTransparencyDbContext>(o => DataSetup.ConfigurePostgres(o, ConnectionString)))
        : new SqliteTransparencyDbContext(Options<SqliteTransparencyDbContext>(o => DataSetup.ConfigureSqlite(o, ConnectionString)));

    public virtual async Task InitializeAsync()
    {
        await CreateAsync();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await DropAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine is not worth failing a test over; the OS cleans temp.
        }
    }

    protected abstract Task CreateAsync();

    protected abstract Task DropAsync();

    private static DbContextOptions<T> Options<T>(Action<DbContextOptionsBuilder<T>> configure)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        configure(builder);
        return builder.Options;
    }
}
