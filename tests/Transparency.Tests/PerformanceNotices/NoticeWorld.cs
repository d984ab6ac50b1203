using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using static Transparency.Web.Domain.KpiRating;

namespace Transparency.Tests.PerformanceNotices;

/// <summary>
/// A hand-made contract for the notice tests, worth £6 million, with three KPIs and five quarters of returns
/// (2024-25 Q1 to 2025-26 Q1), plus a draft for 2025-26 Q2 that is not public. Over the default period (2024-25 Q2 to
/// 2025-26 Q1) the whole-service ratings are:
/// <list type="bullet">
/// <item>K1: Good, Good, Approaching target, Inadequate: proposed Approaching target (3 of 4 at it or better);</item>
/// <item>K2: Requires improvement (restated from Good in 2024-25 Q3), Requires improvement, Good, no result: proposed Requires improvement;</item>
/// <item>K3: Other in every quarter (with an Inadequate cohort line, which does not count): proposed Other.</item>
/// </list>
/// 2024-25 Q1, outside the period, rates K1 Inadequate; the draft rates everything Good.
/// </summary>
public sealed class NoticeWorld
{
    public static readonly Quarter First = Quarter.Parse("2024-25 Q1");
    public static readonly Quarter LastPublished = Quarter.Parse("2025-26 Q1");

    public required Contract Contract { get; init; }

    public required Organisation Commissioner { get; init; }

    public static async Task<NoticeWorld> SeedAsync(TransparencyDbContext db, string tag, long valuePence = 600_000_000)
    {
        var buyer = TestData.Organisation($"GB-GOR-UK9{tag}", $"Department for Notices {tag}", LegalForm.PublicBody);
        var provider = TestData.Organisation($"GB-COH-UK9{tag}", $"Notice Provider {tag} Ltd");
        var contract = TestData.Contract(provider, buyer).WithReference($"UK9-{tag}")
            .WithKpi("K1", target: 80).WithKpi("K2", target: 10, direction: KpiDirection.LowerIsBetter).WithKpi("K3", target: 1, cohortDimension: "claimant group")
            .Build();
        contract.TotalValuePence = valuePence;
        db.Add(contract);
        await db.SaveChangesAsync();

        var quarters = Enumerable.Range(0, 5).Select(First.AddQuarters).ToList();
        KpiRating?[] k1 = [Inadequate, Good, Good, ApproachingTarget, Inadequate];
        KpiRating?[] k2 = [Good, RequiresImprovement, RequiresImprovement, Good, null];
        for (var i = 0; i < quarters.Count; i++)
        {
            var quarterly = TestData.Return(provider, quarters[i]);
            var at = quarters[i].DefaultDeadline.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var version = TestData.PublishedVersion(quarterly, 1, at);
            if (quarters[i] == Quarter.Parse("2024-25 Q3"))
            {
                // Version 1 said K2 was Good; the restatement (version 2) says Requires improvement.
                version.Status = ReturnVersionStatus.Superseded;
                Facts(version, contract, k1[i], Good);
                var restated = TestData.PublishedVersion(quarterly, 2, at.AddDays(20), "Corrected K2");
                Facts(restated, contract, k1[i], k2[i]);
                db.Add(restated);
            }
            else
            {
                Facts(version, contract, k1[i], k2[i]);
            }

            db.Add(version);
        }

        var next = TestData.Return(provider, LastPublished.Next);
        var draft = TestData.PublishedVersion(next, 1, LastPublished.Next.DefaultDeadline.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        (draft.Status, draft.VersionNumber, draft.PublishedAt, draft.PublishedBy) = (ReturnVersionStatus.Draft, null, null, null);
        Facts(draft, contract, Good, Good);
        db.Add(draft);
        await db.SaveChangesAsync();
        return new NoticeWorld { Contract = contract, Commissioner = buyer };
    }

    private static void Facts(ReturnVersion version, Contract contract, KpiRating? k1, KpiRating? k2)
    {
        var facts = new FactBuilder(version, contract);
        if (k1 is { } one)
        {
            facts.Result("K1", Actual(one), one);
        }

        if (k2 is { } two)
        {
            facts.Result("K2", 12, two);
        }

        facts.Result("K3", 1, Other).Result("K3", 0.2, Inadequate, cohort: "Long-term unemployed");
    }

    private static double Actual(KpiRating rating) => rating switch
    {
        Good => 82,
        ApproachingTarget => 78,
        RequiresImprovement => 72,
        _ => 50,
    };
}
