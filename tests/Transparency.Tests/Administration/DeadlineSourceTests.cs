using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Administration;
using Transparency.Web.Domain;
using Transparency.Web.Insights.Timeliness;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Tests.Administration;

/// <summary>The rule an administrator saves is the rule the returns workflow and the insights apply.</summary>
public abstract class DeadlineSourceTests(TestDatabase database)
{
    [Fact]
    public async Task SetAsync_NewRule_ReturnsAndInsightsReadIt()
    {
        await using var factory = new PortalFactory(database);
        await using var scope = factory.Services.CreateAsyncScope();
        var rules = scope.ServiceProvider.GetRequiredService<DeadlineRules>();
        var quarter = new Quarter(2025, 2);

        await rules.SetAsync(new DeadlineRule(2, 5));
        var due = await scope.ServiceProvider.GetRequiredService<ReturnDeadlineRule>().DueDateAsync(quarter);
        var insights = await scope.ServiceProvider.GetRequiredService<IDeadlineRuleSource>().GetAsync(CancellationToken.None);

        Assert.Equal(new DateOnly(2025, 12, 5), due);
        Assert.Equal((2, 5), (insights.MonthsAfterQuarterEnd, insights.ExtraDays));
        Assert.Equal(due, await rules.DueDateAsync(quarter));
    }
}

public sealed class SqliteDeadlineSourceTests(SqliteTestDatabase database) : DeadlineSourceTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresDeadlineSourceTests(PostgresTestDatabase database) : DeadlineSourceTests(database), IClassFixture<PostgresTestDatabase>;
