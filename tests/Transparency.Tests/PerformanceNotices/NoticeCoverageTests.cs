using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;
using Transparency.Web.PerformanceNotices;

namespace Transparency.Tests.PerformanceNotices;

/// <summary>
/// The Procurement Act's duties on 1 September 2025, worked out by hand for seven contracts (the default contract
/// runs from 1 April 2024, so it has run for more than 12 months): over £5 million and running that day, a contract
/// needs three KPIs and a notice marked ready since 1 September 2024.
/// </summary>
public abstract class NoticeCoverageTests(TestDatabase database)
{
    private static readonly DateOnly Day = new(2025, 9, 1);

    [Fact]
    public async Task On_ADay_ListsContractsOverTheThresholdMissingADuty()
    {
        await using var db = database.CreateContext();
        var noNotice = await NoticeWorld.SeedAsync(db, "CV1");
        var atThreshold = await NoticeWorld.SeedAsync(db, "CV2", valuePence: 500_000_000);
        var recent = await NoticeWorld.SeedAsync(db, "CV3");
        var old = await NoticeWorld.SeedAsync(db, "CV4");
        var draftOnly = await NoticeWorld.SeedAsync(db, "CV5");
        db.AddRange(
            Notice(recent, PerformanceNoticeStatus.Ready, new DateTime(2025, 6, 30, 12, 0, 0, DateTimeKind.Utc)),
            Notice(old, PerformanceNoticeStatus.Ready, new DateTime(2024, 8, 1, 12, 0, 0, DateTimeKind.Utc)),
            Notice(draftOnly, PerformanceNoticeStatus.Draft, null));
        var young = await ContractAsync(db, "CV6", new DateOnly(2025, 6, 1), new DateOnly(2027, 5, 31), kpis: 2);
        var ended = await ContractAsync(db, "CV7", new DateOnly(2023, 4, 1), new DateOnly(2025, 3, 31), kpis: 1);
        await db.SaveChangesAsync();

        var ours = new[] { noNotice.Contract, atThreshold.Contract, recent.Contract, old.Contract, draftOnly.Contract, young, ended }.Select(c => c.Id).ToList();
        var rows = await new NoticeCoverage(db).On(Day).Where(r => ours.Contains(r.ContractId)).OrderBy(r => r.ContractReference).ToListAsync();

        Assert.Equal(["UK9-CV1", "UK9-CV4", "UK9-CV5", "UK9-CV6"], rows.Select(r => r.ContractReference));
        Assert.Equal([false, false, false, true], rows.Select(r => r.TooFewKpis));
        Assert.Equal([true, true, true, false], rows.Select(r => r.NoRecentNotice));
        Assert.Equal(new DateTime(2024, 8, 1, 12, 0, 0, DateTimeKind.Utc), rows[1].LastNoticeReadyAt);
        Assert.Null(rows[2].LastNoticeReadyAt);
        Assert.Equal([3, 3, 3, 2], rows.Select(r => r.Kpis));
    }

    private static PerformanceNotice Notice(NoticeWorld world, PerformanceNoticeStatus status, DateTime? readyAt) => new()
    {
        ContractId = world.Contract.Id,
        FromQuarterCode = NoticeWorld.LastPublished.AddQuarters(-3).Code,
        ToQuarterCode = NoticeWorld.LastPublished.Code,
        Status = status,
        ContractValuePence = world.Contract.TotalValuePence,
        CreatedAt = new DateTime(2024, 7, 1, 9, 0, 0, DateTimeKind.Utc),
        CreatedBy = "tester",
        EvidenceReadAt = new DateTime(2024, 7, 1, 9, 0, 0, DateTimeKind.Utc),
        ReadyAt = readyAt,
        ReadyBy = readyAt is null ? null : "tester",
    };

    private static async Task<Web.Domain.Contract> ContractAsync(TransparencyDbContext db, string tag, DateOnly start, DateOnly end, int kpis)
    {
        var buyer = TestData.Organisation($"GB-GOR-UK9{tag}", $"Department for Notices {tag}", Web.Domain.LegalForm.PublicBody);
        var provider = TestData.Organisation($"GB-COH-UK9{tag}", $"Notice Provider {tag} Ltd");
        var builder = TestData.Contract(provider, buyer).WithReference($"UK9-{tag}").Running(start, end);
        for (var k = 1; k <= kpis; k++)
        {
            builder = builder.WithKpi($"K{k}");
        }

        var contract = builder.Build();
        contract.TotalValuePence = 600_000_000;
        db.Add(contract);
        await db.SaveChangesAsync();
        return contract;
    }
}

public sealed class SqliteNoticeCoverageTests(SqliteTestDatabase database) : NoticeCoverageTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresNoticeCoverageTests(PostgresTestDatabase database) : NoticeCoverageTests(database), IClassFixture<PostgresTestDatabase>;
