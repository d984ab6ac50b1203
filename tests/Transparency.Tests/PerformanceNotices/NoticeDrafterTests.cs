using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.PerformanceNotices;
using static Transparency.Web.Domain.KpiRating;

namespace Transparency.Tests.PerformanceNotices;

/// <summary>Drafting from the public record: the default period, the published version of each quarter only, the proposals of <see cref="NoticeWorld"/>.</summary>
public abstract class NoticeDrafterTests(TestDatabase database)
{
    private static readonly DateTime Now = new(2025, 9, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task DefaultPeriod_IsTheFourQuartersEndingWithTheLatestPublished_IgnoringTheDraft()
    {
        await using var db = database.CreateContext();
        var world = await NoticeWorld.SeedAsync(db, "DP");

        var period = await new NoticeDrafter(db, new StoppedClock(Now)).DefaultPeriodAsync(world.Contract.Id, CancellationToken.None);

        Assert.Equal(AssessmentPeriod.EndingWith(NoticeWorld.LastPublished), period);
        Assert.Equal("2024-25 Q2 to 2025-26 Q1", period.ToString());
    }

    [Fact]
    public async Task Propose_RatesEachKpiFromThePublishedWholeServiceResults()
    {
        await using var db = database.CreateContext();
        var world = await NoticeWorld.SeedAsync(db, "PR");

        var notice = await new NoticeDrafter(db, new StoppedClock(Now)).ProposeAsync(world.Contract, AssessmentPeriod.EndingWith(NoticeWorld.LastPublished), "tester", CancellationToken.None);

        Assert.Equal(["K1", "K2", "K3"], notice.Assessments.Select(a => a.KpiCode));
        Assert.Equal([ApproachingTarget, RequiresImprovement, Other], notice.Assessments.Select(a => a.ProposedRating));
        Assert.All(notice.Assessments, a => Assert.Equal(AssessmentDecision.Pending, a.Decision));
        Assert.Equal(600_000_000, notice.ContractValuePence);
        Assert.Equal(Now, notice.EvidenceReadAt);

        var k1 = notice.Assessments[0];
        Assert.Equal([20242, 20243, 20244, 20251], k1.Evidence.Select(e => e.QuarterCode));
        Assert.Equal([Good, Good, ApproachingTarget, Inadequate], k1.Evidence.Select(e => e.Rating));
        Assert.Equal([82.0, 82, 78, 50], k1.Evidence.Select(e => e.Actual!.Value));

        // The restated quarter shows version 2's rating, the missing quarter shows nothing.
        var k2 = notice.Assessments[1];
        Assert.Equal([RequiresImprovement, RequiresImprovement, Good, null], k2.Evidence.Select(e => e.Rating));
        Assert.Equal([1, 2, 1, null], k2.Evidence.Select(e => e.VersionNumber));
        Assert.Null(k2.Evidence[3].ReturnVersionId);
        Assert.Equal("Requires improvement or better in 3 of 3 rated quarters, more than half; Approaching target or better in no more than half. 1 quarter has no rating on the scale and is left out.", k2.RuleExplanation);

        // Cohort lines are not the whole service.
        Assert.All(notice.Assessments[2].Evidence, e => Assert.Equal(Other, e.Rating));
    }

    [Fact]
    public async Task Propose_AnEarlierPeriod_ReadsThoseQuarters()
    {
        await using var db = database.CreateContext();
        var world = await NoticeWorld.SeedAsync(db, "EP");

        var notice = await new NoticeDrafter(db, new StoppedClock(Now)).ProposeAsync(world.Contract, AssessmentPeriod.EndingWith(Quarter.Parse("2024-25 Q4")), "tester", CancellationToken.None);

        // 2024-25 Q1 to Q4: K1 Inadequate, Good, Good, Approaching target: Approaching target or better in 3 of 4.
        Assert.Equal([Inadequate, Good, Good, ApproachingTarget], notice.Assessments[0].Evidence.Select(e => e.Rating));
        Assert.Equal(ApproachingTarget, notice.Assessments[0].ProposedRating);

        // K2 Good, Requires improvement, Requires improvement, Good: Requires improvement or better in 4 of 4, Approaching in 2.
        Assert.Equal(RequiresImprovement, notice.Assessments[1].ProposedRating);
    }
}

public sealed class SqliteNoticeDrafterTests(SqliteTestDatabase database) : NoticeDrafterTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresNoticeDrafterTests(PostgresTestDatabase database) : NoticeDrafterTests(database), IClassFixture<PostgresTestDatabase>;
