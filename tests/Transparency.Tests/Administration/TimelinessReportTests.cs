using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Administration;
using Transparency.Web.Domain;

namespace Transparency.Tests.Administration;

/// <summary>A hand-made quarter: one provider on time, one late, one with no return, one with only a draft, one not active.</summary>
public abstract class TimelinessReportTests(TestDatabase database)
{
    private static readonly Quarter Quarter = new(2024, 1);

    [Fact]
    public async Task ForQuarter_ClassifiesEveryActiveProviderAgainstItsDueDate()
    {
        await using var factory = new PortalFactory(database);
        await SeedAsync();
        await using var scope = factory.Services.CreateAsyncScope();

        var rows = await scope.ServiceProvider.GetRequiredService<TimelinessReport>().ForQuarterAsync(Quarter);
        var status = rows.ToDictionary(r => r.Name, r => r.Status);

        Assert.Equal(TimelinessStatus.OnTime, status["On Time Ltd"]);
        Assert.Equal(TimelinessStatus.Late, status["Late Ltd"]);
        Assert.Equal(TimelinessStatus.Missing, status["No Return Ltd"]);
        Assert.Equal(TimelinessStatus.Missing, status["Draft Only Ltd"]);
        Assert.False(status.ContainsKey("Ended Ltd"));
        Assert.Equal(2, rows.Single(r => r.Name == "Late Ltd").ActiveContracts);
        Assert.Equal(Quarter.DefaultDeadline, rows.Single(r => r.Name == "No Return Ltd").DueDate);
        Assert.Equal(TimelinessStatus.OnTime, rows[^1].Status);
    }

    [Fact]
    public async Task ForQuarter_NotYetDue_IsNotMissing()
    {
        await using var factory = new PortalFactory(database);
        await SeedAsync();
        await using var scope = factory.Services.CreateAsyncScope();

        var rows = await scope.ServiceProvider.GetRequiredService<TimelinessReport>().ForQuarterAsync(new Quarter(2090, 1));

        Assert.All(rows, r => Assert.Equal(TimelinessStatus.NotYetDue, r.Status));
        Assert.Contains(rows, r => r.Name == "No Return Ltd");
    }

    private async Task SeedAsync()
    {
        await using var db = database.CreateContext();
        if (db.Organisations.Any(o => o.Name == "On Time Ltd"))
        {
            return;
        }

        var buyer = TestData.Organisation("GB-GOR-TL1", "Timeliness Department", LegalForm.PublicBody);
        var onTime = TestData.Organisation("GB-COH-88000001", "On Time Ltd");
        var late = TestData.Organisation("GB-COH-88000002", "Late Ltd");
        var none = TestData.Organisation("GB-COH-88000003", "No Return Ltd");
        var draft = TestData.Organisation("GB-COH-88000004", "Draft Only Ltd");
        var ended = TestData.Organisation("GB-COH-88000005", "Ended Ltd");
        var lateSecond = TestData.Contract(late, buyer).InSector(Sector.Housing).Build();
        db.AddRange(
            TestData.Contract(onTime, buyer).Build(),
            TestData.Contract(late, buyer).Build(),
            lateSecond,
            TestData.Contract(none, buyer).Running(new DateOnly(2024, 6, 1), new DateOnly(2099, 3, 31)).Build(),
            TestData.Contract(draft, buyer).Build(),
            TestData.Contract(ended, buyer).Running(new DateOnly(2020, 4, 1), new DateOnly(2024, 3, 31)).Build());

        var due = Quarter.DefaultDeadline.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc);
        var onTimeReturn = TestData.Return(onTime, Quarter);
        onTimeReturn.FirstPublishedAt = due;
        var lateReturn = TestData.Return(late, Quarter);
        lateReturn.FirstPublishedAt = due.AddMinutes(2);
        db.AddRange(TestData.PublishedVersion(onTimeReturn, 1, due), TestData.PublishedVersion(lateReturn, 1, due.AddMinutes(2)), TestData.Return(draft, Quarter));
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteTimelinessReportTests(SqliteTestDatabase database) : TimelinessReportTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresTimelinessReportTests(PostgresTestDatabase database) : TimelinessReportTests(database), IClassFixture<PostgresTestDatabase>;
