using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Tests.Insights;

/// <summary>
/// The small hand-made world behind the insight tests and the worked examples in content/methodology.md.
/// Two quarters: 2025-26 Q1 (due 31 July 2025) and Q2 (due 31 October 2025), seen on 15 November 2025.
/// Besides the published versions it holds a superseded version, a withdrawn version and a draft, none of
/// which may count anywhere.
/// </summary>
public static class InsightsWorld
{
    public static readonly Quarter Q1 = new(2025, 1);
    public static readonly Quarter Q2 = new(2025, 2);
    public static readonly DateTime AsOf = Utc(2025, 11, 15, 12);

    public const string DepartmentA = "GB-GOR-ZZ901";
    public const string CouncilB = "GB-LAE-ZZZB";
    public const string AlphaEmployment = "GB-COH-99000001";
    public const string AlphaCare = "GB-COH-99000002";
    public const string BetaTrust = "GB-CHC-9900003";
    public const string GammaLtd = "GB-COH-99000004";

    /// <summary>Seeds the world once per database; later calls find it there.</summary>
    public static async Task EnsureSeededAsync(TransparencyDbContext db)
    {
        if (await db.Organisations.AnyAsync(o => o.Identifier == DepartmentA))
        {
            return;
        }

        var dept = TestData.Organisation(DepartmentA, "Department A (test)", LegalForm.PublicBody);
        var council = TestData.Organisation(CouncilB, "Council B (test)", LegalForm.PublicBody);
        var alpha = new ParentGroup { Name = "Alpha Group" };
        var p1 = TestData.Organisation(AlphaEmployment, "Alpha Employment Ltd");
        var p2 = TestData.Organisation(AlphaCare, "Alpha Care Ltd");
        p1.ParentGroup = alpha;
        p2.ParentGroup = alpha;
        var p3 = TestData.Organisation(BetaTrust, "Beta Trust", LegalForm.Charity);
        p3.IsSme = p3.IsVcse = true;
        var p4 = TestData.Organisation(GammaLtd, "Gamma Ltd");
        p4.IsSme = true;
        var s1 = TestData.Organisation("GB-CHC-9900005", "Small Advice Centre", LegalForm.Charity);
        s1.IsSme = s1.IsVcse = true;
        var s2 = TestData.Organisation("GB-COH-99000006", "Delta Services Ltd");

        var c1 = TestData.Contract(p1, dept).WithReference("C1").InSector(Sector.Employment)
            .WithKpi("K1", KpiKind.Outcome, 25, isRate: true, cohortDimension: "Claimant group")
            .WithKpi("K2", KpiKind.Output, 90, isRate: true)
            .WithKpi("K3", KpiKind.Input, 400).Build();
        var c2 = TestData.Contract(p2, council).WithReference("C2").InSector(Sector.SocialCare)
            .WithKpi("K1", KpiKind.Outcome, 10, KpiDirection.LowerIsBetter, isRate: true, cohortDimension: "Risk level")
            .WithKpi("K2", KpiKind.Output, 95).Build();
        var c3 = TestData.Contract(p3, council).WithReference("C3").InSector(Sector.SocialCare)
            .WithKpi("K1", KpiKind.Outcome, 70).Build();
        var c4 = TestData.Contract(p4, dept).WithReference("C4").InSector(Sector.Employment)
            .Running(new DateOnly(2024, 4, 1), new DateOnly(2025, 6, 30))
            .WithKpi("K1", KpiKind.Output, 90).Build();
        db.AddRange(c1, c2, c3, c4, s1, s2);
        await db.SaveChangesAsync();

        // Alpha Employment: on time in Q1; 3 days late in Q2, with gaps in its sample sizes, methods and subcontract values.
        new FactBuilder(Version(db, p1, Q1, Utc(2025, 7, 20, 9)), c1)
            .Funding(PaymentType.Fee, 6_000_000).Funding(PaymentType.OutcomePayment, 2_000_000)
            .Result("K1", 20.0, KpiRating.Inadequate, numerator: 40, denominator: 200)
            .Result("K1", 30.0, KpiRating.Good, "Recently unemployed", 30, 100)
            .Result("K1", 10.0, KpiRating.Inadequate, "Long-term unemployed", 10, 100)
            .Result("K2", 85.0, KpiRating.RequiresImprovement, numerator: 85, denominator: 100)
            .Result("K3", 410, KpiRating.Good)
            .Subcontract(s1, 800_000).Subcontract(p3, 1_200_000)
            .Satisfaction(120, SatisfactionMethod.Survey);
        new FactBuilder(Version(db, p1, Q2, Utc(2025, 11, 3, 10)), c1)
            .Funding(PaymentType.Fee, 6_000_000).Funding(PaymentType.OutcomePayment, 3_000_000)
            .Result("K1", 22.0, KpiRating.RequiresImprovement, numerator: 44, denominator: 200)
            .Result("K1", 34.0, KpiRating.Good, "Recently unemployed", 34, 100)
            .Result("K1", 10.0, KpiRating.Inadequate, "Long-term unemployed", 10, 100)
            .Result("K2", 91.0, KpiRating.Good)
            .Result("K3", 380, KpiRating.ApproachingTarget)
            .Subcontract(s2, 1_000_000, totalKnown: false)
            .Satisfaction(0, SatisfactionMethod.Other);

        // Alpha Care: published at 23:00 UTC on the deadline day (on time) in Q1; only a draft for Q2.
        new FactBuilder(Version(db, p2, Q1, Utc(2025, 7, 31, 23)), c2)
            .Funding(PaymentType.Fee, 5_000_000)
            .Result("K1", 9.0, KpiRating.Good, numerator: 9, denominator: 100)
            .Result("K1", 6.0, KpiRating.Good, "Low risk", 6, 100)
            .Result("K1", 14.0, KpiRating.Inadequate, "High risk", 14, 100);
        var draft = Version(db, p2, Q2, Utc(2025, 11, 1, 9), ReturnVersionStatus.Draft);
        new FactBuilder(draft, c2).Funding(PaymentType.Fee, 9_999_900).Result("K1", 1.0, KpiRating.Inadequate);

        // Beta Trust: 10 days late in Q1, then restated (version 1 superseded); on time in Q2 but without KPI results.
        var first = Version(db, p3, Q1, Utc(2025, 8, 10, 8), ReturnVersionStatus.Superseded);
        new FactBuilder(first, c3).Funding(PaymentType.Grant, 3_500_000).Result("K1", 60.0, KpiRating.RequiresImprovement);
        var restated = TestData.PublishedVersion(first.Return!, 2, Utc(2025, 9, 1, 9), "Corrected the grant received.");
        restated.Supersedes = first;
        db.Add(restated);
        new FactBuilder(restated, c3).Funding(PaymentType.Grant, 4_000_000).Result("K1", 72.0, KpiRating.Good)
            .Subcontract(s1, 400_000).Satisfaction(40, SatisfactionMethod.Survey);
        new FactBuilder(Version(db, p3, Q2, Utc(2025, 10, 15, 14)), c3).Funding(PaymentType.Grant, 4_000_000);

        // Gamma: its only Q1 version was withdrawn, so the return is missing; its contract ended in June 2025.
        var withdrawn = Version(db, p4, Q1, Utc(2025, 7, 25, 9), ReturnVersionStatus.Withdrawn);
        withdrawn.WithdrawnAt = Utc(2025, 7, 26, 9);
        new FactBuilder(withdrawn, c4).Funding(PaymentType.Fee, 1_000_000).Result("K1", 80.0, KpiRating.Inadequate);

        await db.SaveChangesAsync();
    }

    public static DateTime Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    /// <summary>A new return with one version; a published (or once-published) version sets FirstPublishedAt.</summary>
    public static ReturnVersion Version(TransparencyDbContext db, Organisation provider, Quarter quarter, DateTime at, ReturnVersionStatus status = ReturnVersionStatus.Published)
    {
        var quarterlyReturn = TestData.Return(provider, quarter);
        quarterlyReturn.FirstPublishedAt = status == ReturnVersionStatus.Draft ? null : at;
        var version = TestData.PublishedVersion(quarterlyReturn, 1, at);
        version.Status = status;
        if (status == ReturnVersionStatus.Draft)
        {
            version.VersionNumber = null;
            version.PublishedAt = null;
            version.PublishedBy = null;
        }

        db.Add(version);
        return version;
    }
}
