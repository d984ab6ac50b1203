using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Domain;

namespace Transparency.Web.Data;

/// <summary>
/// The one database model. Each engine has a small subclass (<see cref="SqliteTransparencyDbContext"/>,
/// <see cref="PostgresTransparencyDbContext"/>) that owns its migration set, as EF Core documents for
/// multiple providers; the rest of the code asks only for this type.
/// </summary>
public abstract class TransparencyDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<ParentGroup> ParentGroups => Set<ParentGroup>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<ContractArea> ContractAreas => Set<ContractArea>();

    public DbSet<KpiDefinition> KpiDefinitions => Set<KpiDefinition>();

    public DbSet<QuarterlyReturn> Returns => Set<QuarterlyReturn>();

    public DbSet<ReturnVersion> ReturnVersions => Set<ReturnVersion>();

    public DbSet<FundingRecord> Funding => Set<FundingRecord>();

    public DbSet<KpiResult> KpiResults => Set<KpiResult>();

    public DbSet<SubcontractRecord> Subcontracts => Set<SubcontractRecord>();

    public DbSet<SatisfactionResult> Satisfaction => Set<SatisfactionResult>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PortalSetting> Settings => Set<PortalSetting>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<PublicationLogEntry> PublicationLog => Set<PublicationLogEntry>();

    /// <summary>Positions of the projections kept in the database itself (see <see cref="Publication.DatabaseCheckpoints"/>).</summary>
    public DbSet<StoredProjectionCheckpoint> ProjectionCheckpoints => Set<StoredProjectionCheckpoint>();

    /// <summary>Current published funding added up by contract, quarter and payment type (see <c>Api/Totals</c>).</summary>
    public DbSet<FundingTotal> FundingTotals => Set<FundingTotal>();

    /// <summary>Current published funding added up by contract and payment type over every quarter.</summary>
    public DbSet<FundingContractTotal> FundingContractTotals => Set<FundingContractTotal>();

    /// <summary>What the site's search finds, kept by <see cref="Site.Search.SearchProjection"/>.</summary>
    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    /// <summary>Every word in the search index, for matching mistyped words.</summary>
    public DbSet<SearchTerm> SearchTerms => Set<SearchTerm>();

    /// <summary>ASP.NET Core's data-protection keys (sign-in cookies, antiforgery), shared by every instance on the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Whether saved changes to the registry (organisations, contracts, KPIs, settings) are logged as a registry change
    /// (<see cref="Publication.RegistryChangeRecorder"/>). The publisher turns it off: its own entry covers what it adds.
    /// </summary>
    public bool RecordsRegistryChanges { get; set; } = true;

    /// <summary>The registry rows the save under way is writing, between the recorder's two callbacks.</summary>
    internal Publication.RegistryChangeRecorder.PendingChange? PendingRegistryChange { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TransparencyDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so that reordering or adding members never changes stored meaning.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);

        // Every timestamp is UTC; SQLite hands back unspecified kinds, Npgsql rejects them for timestamptz.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
