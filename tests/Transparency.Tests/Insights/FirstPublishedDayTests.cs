using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Returns;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Tests.Insights;

/// <summary>
/// Returns store the day number of their first publication beside its timestamp, and timeliness compares that
/// integer with each quarter's deadline day. It must follow the timestamp exactly: set by the first publication,
/// and left alone by restatements and withdrawals, which do not change when a return was first published.
/// The expected day comes from <see cref="DateOnly.DayNumber"/> of the stored timestamp, read back from the database.
/// </summary>
public abstract class FirstPublishedDayTests(TestDatabase database)
{
    [Fact]
    public async Task Publish_FirstVersion_StoresTheDayOfItsFirstPublication()
    {
        var quarter = new Quarter(2024, 1);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);

        await PublishAsync(services, scenario, quarter, InputFormTests.SampleReturn(quarter));

        var (at, day) = await StoredAsync(scenario.ProviderId, quarter);
        Assert.NotNull(at);
        Assert.Equal(DateOnly.FromDateTime(at.Value).DayNumber, day);
    }

    [Fact]
    public async Task RestateThenWithdrawEveryVersion_KeepsTheFirstDay()
    {
        var quarter = new Quarter(2024, 2);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var first = await PublishAsync(services, scenario, quarter, InputFormTests.SampleReturn(quarter));
        // Move the first publication ten days back, so a restatement today that rewrote the day would show.
        var earlier = new DateTime(2024, 7, 20, 23, 30, 0, DateTimeKind.Utc);
        await services.Db.Returns.Where(r => r.ProviderId == scenario.ProviderId && r.QuarterCode == quarter.Code)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FirstPublishedAt, earlier).SetProperty(r => r.FirstPublishedDay, DateOnly.FromDateTime(earlier).DayNumber));
        services.Db.ChangeTracker.Clear();

        var second = await PublishAsync(services, scenario, quarter, InputFormTests.SampleReturn(quarter).Add(Web.Returns.Standard.ReturnStandard.Funding, new()
        {
            ["contract_reference"] = "C-HOU-2",
            ["payment_type"] = "grant",
            ["amount"] = "1.00",
        }), "Added a grant");
        var afterRestatement = await StoredAsync(scenario.ProviderId, quarter);
        foreach (var version in new[] { second, first })
        {
            var withdrawn = await services.Withdrawal.WithdrawAsync(new WithdrawRequest(version, "Published against the wrong contract", "admin@example.test", null));
            Assert.True(withdrawn.Succeeded, withdrawn.Message);
        }

        var afterWithdrawal = await StoredAsync(scenario.ProviderId, quarter);
        Assert.Equal((earlier, new DateOnly(2024, 7, 20).DayNumber), (afterRestatement.At, afterRestatement.Day));
        Assert.Equal(afterRestatement, afterWithdrawal);
    }

    // Read back with a query on the stored columns, so the test sees the database, not the entity's setter.
    private async Task<(DateTime? At, int? Day)> StoredAsync(int providerId, Quarter quarter)
    {
        await using var db = database.CreateContext();
        var row = await db.Returns.Where(r => r.ProviderId == providerId && r.QuarterCode == quarter.Code)
            .Select(r => new { r.FirstPublishedAt, r.FirstPublishedDay }).SingleAsync();
        return (row.FirstPublishedAt, row.FirstPublishedDay);
    }

    private static async Task<int> PublishAsync(ReturnServices services, ReturnScenario scenario, Quarter quarter, ReturnFiles files, string? reason = null)
    {
        var draft = await services.SubmitAsync(scenario.ProviderId, quarter, files.CsvFiles());
        Assert.True(draft.Accepted, string.Join(Environment.NewLine, draft.Report.Entries.Select(e => e.Message)));
        var result = await services.Publisher.PublishAsync(new PublishRequest(draft.DraftVersionId!.Value, "provider@example.test", "192.0.2.10", reason));
        Assert.True(result.Succeeded, result.Message);
        return draft.DraftVersionId.Value;
    }
}

public sealed class SqliteFirstPublishedDayTests(SqliteTestDatabase database) : FirstPublishedDayTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresFirstPublishedDayTests(PostgresTestDatabase database) : FirstPublishedDayTests(database), IClassFixture<PostgresTestDatabase>;
