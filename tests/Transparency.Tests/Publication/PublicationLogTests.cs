using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Publication;

namespace Transparency.Tests.Publication;

/// <summary>Registry changes reach the publication log in their own transaction, whichever code saves them, and only when they commit.</summary>
public abstract class PublicationLogTests(TestDatabase database)
{
    private static readonly Quarter Quarter = new(2025, 2);

    [Fact]
    public async Task SaveChanges_ContractEdited_LogsARegistryChangeNamingTheContract()
    {
        int contractId;
        long before;
        await using (var db = database.CreateContext())
        {
            var (contract, _) = await TestData.SeedMinimalAsync(db, Quarter);
            contractId = contract.Id;
            before = await PublicationLog.HeadAsync(db, CancellationToken.None);
            contract.Title = "Renamed contract";
            contract.Kpis.Single().Target = 55;
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var entry = Assert.Single(await check.PublicationLog.Where(e => e.Position > before).ToListAsync());
        Assert.Equal(PublicationChangeKind.RegistryChanged, entry.Kind);
        Assert.Equal([contractId], entry.Contracts);
        Assert.Null(entry.OrganisationIds);
    }

    [Fact]
    public async Task SaveChanges_OrganisationAdded_LogsAChangeToEverythingWithItsId()
    {
        await using var db = database.CreateContext();
        var before = await PublicationLog.HeadAsync(db, CancellationToken.None);
        var organisation = TestData.Organisation("GB-COH-77000001", "Added Organisation Ltd");
        db.Add(organisation);
        await db.SaveChangesAsync();

        var entry = Assert.Single(await db.PublicationLog.AsNoTracking().Where(e => e.Position > before).ToListAsync());
        Assert.Null(entry.ContractIds);
        Assert.Equal([organisation.Id], entry.Organisations);
        Assert.True(new ProjectionBatch(before, entry.Position, [entry], false, ProjectionState.Initial(entry.Position, DateTime.UtcNow)).TouchesEverything);
    }

    [Fact]
    public async Task SaveChanges_WhenTheSaveFails_LogsNothing()
    {
        await using var db = database.CreateContext();
        db.Add(TestData.Organisation("GB-COH-77000002", "First Ltd"));
        await db.SaveChangesAsync();
        var before = await PublicationLog.HeadAsync(db, CancellationToken.None);

        await using var second = database.CreateContext();
        second.Add(TestData.Organisation("GB-COH-77000002", "Same identifier Ltd"));
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        await using var check = database.CreateContext();
        Assert.Equal(before, await PublicationLog.HeadAsync(check, CancellationToken.None));
    }

    [Fact]
    public async Task SaveChanges_WithRecordingTurnedOff_LogsNothing()
    {
        await using var db = database.CreateContext();
        var before = await PublicationLog.HeadAsync(db, CancellationToken.None);
        db.RecordsRegistryChanges = false;
        db.Add(TestData.Organisation("GB-COH-77000003", "Quiet Ltd"));
        await db.SaveChangesAsync();

        Assert.Equal(before, await PublicationLog.HeadAsync(db, CancellationToken.None));
    }

    [Fact]
    public async Task Append_OutsideATransaction_IsRefused()
    {
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => PublicationLog.AppendAsync(db,
            new PublicationLogEntry { Kind = PublicationChangeKind.RebuildRequested, CommittedAt = DateTime.UtcNow }, CancellationToken.None));
    }
}

public sealed class SqlitePublicationLogTests(SqliteTestDatabase database) : PublicationLogTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresPublicationLogTests(PostgresTestDatabase database) : PublicationLogTests(database), IClassFixture<PostgresTestDatabase>;
