using Microsoft.EntityFrameworkCore;
using Transparency.Web.Api.Model;
using Transparency.Web.Data;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Data;

/// <summary>
/// The API's read-only view of the database: API-shaped types mapped onto the stored tables, with money in
/// pounds and quarters as labels (see <see cref="MoneyConverter"/> and <see cref="QuarterLabelConverter"/>)
/// and only published data. It never writes and owns no migrations. Each engine has a small subclass so
/// that EF Core caches one model per engine.
/// </summary>
public abstract class PublicDataContext(DbContextOptions options, PublicDataSql sql) : DbContext(options)
{
    /// <summary>This engine's SQL for the published-only subqueries.</summary>
    protected PublicDataSql Sql => sql;

    public DbSet<ParentGroup> ParentGroups => Set<ParentGroup>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<KpiDefinition> KpiDefinitions => Set<KpiDefinition>();

    public DbSet<KpiResult> KpiResults => Set<KpiResult>();

    public DbSet<Funding> Funding => Set<Funding>();

    public DbSet<Subcontract> Subcontracts => Set<Subcontract>();

    public DbSet<Satisfaction> Satisfaction => Set<Satisfaction>();

    public DbSet<Return> Returns => Set<Return>();

    public DbSet<ReturnVersion> ReturnVersions => Set<ReturnVersion>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("The public API is read-only.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The public API is read-only.");

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // The same storage conventions as TransparencyDbContext: enums by name, timestamps in UTC.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => PublicDataModel.Configure(modelBuilder, sql);
}
