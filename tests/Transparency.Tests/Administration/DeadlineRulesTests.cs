using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Administration;
using Transparency.Web.Domain;

namespace Transparency.Tests.Administration;

public abstract class DeadlineRulesTests(TestDatabase database)
{
    [Fact]
    public async Task DueDate_WithNoRuleSet_IsOneMonthAfterTheQuarter()
    {
        await using var factory = new PortalFactory(database);
        await using var scope = factory.Services.CreateAsyncScope();
        var rules = scope.ServiceProvider.GetRequiredService<DeadlineRules>();
        var quarter = new Quarter(2025, 3);

        var due = await rules.DueDateAsync(quarter);

        Assert.Equal(quarter.DefaultDeadline, due);
        Assert.Equal(new DateOnly(2026, 1, 31), due);
    }

    [Fact]
    public async Task SetAsync_TwoMonthsAndFiveDays_MovesEveryDueDateAndIsAudited()
    {
        await using var factory = new PortalFactory(database);
        await using var scope = factory.Services.CreateAsyncScope();
        var rules = scope.ServiceProvider.GetRequiredService<DeadlineRules>();
        try
        {
            await rules.SetAsync(new DeadlineRule(2, 5));

            Assert.Equal(new DeadlineRule(2, 5), await rules.GetAsync());
            Assert.Equal(new DateOnly(2025, 12, 5), await rules.DueDateAsync(new Quarter(2025, 2)));
            Assert.Equal(new DateOnly(2026, 6, 5), await rules.DueDateAsync(new Quarter(2025, 4)));
            await using var db = database.CreateContext();
            Assert.Contains(db.AuditEntries, a => a.Action == "set deadline rule" && a.Detail == "2 months and 5 days after the quarter ends");
        }
        finally
        {
            await rules.SetAsync(DeadlineRule.Default);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("months=13;days=0")]
    [InlineData("months=abc")]
    public void FromSetting_WhenMissingOrInvalid_FallsBackToTheDefault(string? value) =>
        Assert.Equal(DeadlineRule.Default, DeadlineRule.FromSetting(value));

    [Fact]
    public async Task SetAsync_OutOfRange_IsRefused()
    {
        await using var factory = new PortalFactory(database);
        await using var scope = factory.Services.CreateAsyncScope();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => scope.ServiceProvider.GetRequiredService<DeadlineRules>().SetAsync(new DeadlineRule(13, 0)));
    }
}

public sealed class SqliteDeadlineRulesTests(SqliteTestDatabase database) : DeadlineRulesTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresDeadlineRulesTests(PostgresTestDatabase database) : DeadlineRulesTests(database), IClassFixture<PostgresTestDatabase>;
