using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Administration.Registry;
using Transparency.Web.Domain;
using Transparency.Web.OcdsImport;

namespace Transparency.Tests.Insights;

/// <summary>
/// Contracts store the codes of the quarters holding their start and end dates, which the insights compare as
/// integers. Every way a contract is written (the registry, import-ocds, the bulk loader behind the demo data)
/// must store the codes that match its dates; the expected codes come from <see cref="Quarter.Containing"/>.
/// </summary>
public abstract class ContractQuartersTests(TestDatabase database)
{
    private static int Count;

    [Fact]
    public async Task Registry_ContractCreatedThenEdited_StoresTheQuartersOfItsDates()
    {
        await using var factory = new PortalFactory(database);
        var n = Interlocked.Increment(ref Count);
        await ImportAsync(factory.Services, RegistryKind.Organisations, $"identifier,name,legal_form\nGB-GOR-Q{n},Buyer {n},public body\nGB-CHC-66{n:D5},Provider {n},charity\n");
        const string Header = "reference,title,commissioner,provider,sector,start_date,end_date,total_value,payment_model\n";

        var created = await ImportAsync(factory.Services, RegistryKind.Contracts, $"{Header}CQ-{n},Advice,GB-GOR-Q{n},GB-CHC-66{n:D5},health,2025-03-31,2025-07-01,100,block\n");
        var afterCreate = await StoredAsync($"CQ-{n}");
        var edited = await ImportAsync(factory.Services, RegistryKind.Contracts, $"{Header}CQ-{n},Advice,GB-GOR-Q{n},GB-CHC-66{n:D5},health,2025-04-01,2027-01-15,100,block\n");
        var afterEdit = await StoredAsync($"CQ-{n}");

        Assert.True(created.Succeeded && edited.Succeeded, string.Join("; ", created.Problems.Concat(edited.Problems).Select(p => p.Fix)));
        Assert.Equal(1, edited.Updated);
        Assert.Equal((new Quarter(2024, 4).Code, new Quarter(2025, 2).Code), afterCreate);
        Assert.Equal((new Quarter(2025, 1).Code, new Quarter(2026, 4).Code), afterEdit);
    }

    [Fact]
    public async Task ImportOcds_ContractsFinderFiles_StoreTheQuartersOfTheirDates()
    {
        await using var factory = new PortalFactory(database);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OcdsImporter>().ImportAsync(ReferenceData.PathTo("ocds-uk-contracts-finder"));
        }

        await AssertEveryContractMatchesItsDatesAsync(database, minimum: 1);
    }

    internal static async Task AssertEveryContractMatchesItsDatesAsync(TestDatabase database, int minimum)
    {
        await using var db = database.CreateContext();
        var contracts = await db.Contracts.AsNoTracking()
            .Select(c => new { c.Reference, c.StartDate, c.EndDate, c.FirstQuarterCode, c.LastQuarterCode })
            .ToListAsync();

        Assert.True(contracts.Count >= minimum, $"Expected at least {minimum} contracts, found {contracts.Count}.");
        Assert.All(contracts, c => Assert.Equal(
            (c.Reference, Quarter.Containing(c.StartDate).Code, Quarter.Containing(c.EndDate).Code),
            (c.Reference, c.FirstQuarterCode, c.LastQuarterCode)));
    }

    // Read back with a query on the stored columns, so the test sees the database, not the entity's setters.
    private async Task<(int First, int Last)> StoredAsync(string reference)
    {
        await using var db = database.CreateContext();
        var row = await db.Contracts.Where(c => c.Reference == reference).Select(c => new { c.FirstQuarterCode, c.LastQuarterCode }).SingleAsync();
        return (row.FirstQuarterCode, row.LastQuarterCode);
    }

    private static async Task<RegistryResult> ImportAsync(IServiceProvider services, RegistryKind kind, string csv)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistryImporter>().ImportAsync(kind, Encoding.UTF8.GetBytes(csv));
    }
}

public sealed class SqliteContractQuartersTests(SqliteTestDatabase database) : ContractQuartersTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresContractQuartersTests(PostgresTestDatabase database) : ContractQuartersTests(database), IClassFixture<PostgresTestDatabase>;
