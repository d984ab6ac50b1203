using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

/// <summary>
/// The page summaries against figures worked out by hand from a small fixture: provider 1 holds contract 10
/// (since 2023) and contract 11 (from 2025-26); the site runs to 2025-26 Q2 over eight quarters.
/// </summary>
public sealed class KeyFiguresTests
{
    private static readonly Quarter Latest = new(2025, 2);

    private static readonly SiteContract Long = Contract(10, commissioner: 2, new DateOnly(2023, 4, 1), new DateOnly(2027, 3, 31));
    private static readonly SiteContract New = Contract(11, commissioner: 3, new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31));

    [Fact]
    public void ForContracts_ForAProvider_AddsUpFundingRatingsReturnsAndSubcontracting()
    {
        var data = Data();

        var figures = KeyFigures.ForContracts(data.Period, data.Registry, data.Facts, data.Returns, [Long, New], new DataQualityScore(82, "Test"));

        // This financial year (2025-26 Q1, Q2): 150k + 150k on contract 10, 200k + (210k - 10k) on contract 11.
        Assert.Equal(700_000_00, figures.ReceivedThisYearPence);
        // The window adds 2023-24 Q4 (50k) and 2024-25 Q3, Q4 (100k each).
        Assert.Equal(950_000_00, figures.ReceivedInWindowPence);
        // The last year is 2024-25 Q3 to 2025-26 Q2.
        Assert.Equal(900_000_00, figures.ReceivedLastYearPence);
        Assert.Equal((2, 1), (figures.Contracts, figures.Providers));
        // Latest quarter, whole service only: K100 Good, K101 Inadequate, K102 Good (its cohort's Inadequate and K100's earlier Inadequate do not count).
        Assert.Equal(new RatingCounts(3, 2, 1), figures.Ratings);
        // 2024-25 Q3 on time, Q4 late, 2025-26 Q1 missing, Q2 on time.
        Assert.Equal((2, 4), figures.Returns);
        Assert.Equal(82, figures.DataQuality!.Score);
        // 90k to an SME, 45k to a company that is neither, 27k to a VCSE.
        Assert.Equal((162_000_00L, 117_000_00L), (figures.SubcontractedPence!.Value, figures.SmeOrVcsePence!.Value));
    }

    [Fact]
    public void ForContracts_ForOneContract_CountsOnlyReturnsDueWhileItRan()
    {
        var data = Data();

        var figures = KeyFigures.ForContracts(data.Period, data.Registry, data.Facts, data.Returns, [New], null);

        // Contract 11 began in 2025-26 Q1: that return is missing, Q2's came on time.
        Assert.Equal((1, 2), figures.Returns);
        Assert.Equal(400_000_00, figures.ReceivedThisYearPence);
        Assert.Equal(new RatingCounts(2, 1, 1), figures.Ratings);
    }

    [Fact]
    public void KeyFacts_ForAProvider_RoundMoneyForReadingAndKeepTheExactValue()
    {
        var data = Data();
        var facts = KeyFacts.For(data.Period, KeyFigures.ForContracts(data.Period, data.Registry, data.Facts, data.Returns, [Long, New], new DataQualityScore(82, "Test")), "Received", counts: true, KeyFactLinks.ThisPage);

        var byLabel = facts.ToDictionary(f => f.Label);
        Assert.Equal(("£700k", "700000.00", "#funding"), (byLabel["Received this financial year"].Value, byLabel["Received this financial year"].Exact, byLabel["Received this financial year"].Href));
        Assert.Equal("£950k", byLabel["Received in total"].Value);
        Assert.Equal("2", byLabel["Contracts"].Value);
        Assert.Equal(("66.7%", "2 of 3 KPI results in 2025-26 Q2"), (byLabel["KPI results rated Good"].Value, byLabel["KPI results rated Good"].Note));
        Assert.Equal("33.3%", byLabel["KPI results rated Inadequate"].Value);
        Assert.Equal("2 of 4", byLabel["Returns on time"].Value);
        Assert.Equal("82 out of 100", byLabel["Data-quality score"].Value);
        Assert.Equal(("18.0%", "£162k of £900k received from 2024-25 Q3 to 2025-26 Q2"), (byLabel["Passed to subcontractors"].Value, byLabel["Passed to subcontractors"].Note));
        Assert.Equal("13.0%", byLabel["Passed to small businesses and charities"].Value);
    }

    [Fact]
    public void KeyFacts_WithNoResultsOrReturnsDue_SayNoneRatherThanZeroPercent()
    {
        var data = Data();
        var figures = new KeyFigures(0, 0, 1, 1, new RatingCounts(0, 0, 0), (0, 0), null, 0, 0, 0);

        var facts = KeyFacts.For(data.Period, figures, "Received", counts: false, KeyFactLinks.ThisPage);

        Assert.Equal("None reported", facts.Single(f => f.Label == "KPI results rated Good").Value);
        Assert.DoesNotContain(facts, f => f.Label == "KPI results rated Inadequate" || f.Label == "Contracts" || f.Label == "Data-quality score");
        Assert.Equal("None due yet", facts.Single(f => f.Label == "Returns on time").Value);
        Assert.Equal("none due", facts.Single(f => f.Label == "Passed to subcontractors").Value);
        Assert.Equal(("£0", "0.00"), (facts[0].Value, facts[0].Exact));
    }

    [Fact]
    public void ForSector_TakesTheSectorTotalsAndLeavesOutWhatTheyDoNotHold()
    {
        var data = Data();
        var sector = new SectorFigures(Sector.Health,
            new Dictionary<int, long> { [new Quarter(2023, 3).Code] = 5_00, [new Quarter(2024, 4).Code] = 20_00, [new Quarter(2025, 1).Code] = 300_00, [Latest.Code] = 4_000_00 },
            [], new Dictionary<KpiRating, int> { [KpiRating.Good] = 3, [KpiRating.Inadequate] = 1, [KpiRating.ApproachingTarget] = 4 }, new Dictionary<KpiKind, int>(), 12, 5);

        var figures = KeyFigures.ForSector(data.Period, sector);

        Assert.Equal((4_300_00L, 4_325_00L, 4_320_00L), (figures.ReceivedThisYearPence, figures.ReceivedInWindowPence, figures.ReceivedLastYearPence));
        Assert.Equal(new RatingCounts(8, 3, 1), figures.Ratings);
        Assert.Equal((12, 5), (figures.Contracts, figures.Providers!.Value));
        Assert.Null(figures.Returns);
        Assert.Null(figures.SubcontractedPence);
    }

    private static SiteContract Contract(int id, int commissioner, DateOnly start, DateOnly end) =>
        new(id, $"C-{id}", $"Contract {id}", null, commissioner, 1, Sector.Health, start, end, 1_000_000_00, PaymentModel.Block, null, null, null);

    private static FundingPoint Paid(SiteContract contract, int year, int quarter, long pounds, PaymentType type = PaymentType.Fee) =>
        new(contract.Id, new Quarter(year, quarter).Code, type, pounds * 100);

    private static KpiPoint Result(int kpi, SiteContract contract, Quarter quarter, KpiRating rating, string? cohort = null) =>
        new(kpi, contract.Id, quarter.Code, cohort, null, 50, null, null, rating, false);

    private static SiteKpi Kpi(int id, SiteContract contract) => new(id, contract.Id, $"K{id}", $"KPI {id}", null, KpiKind.Outcome, KpiUnit.Percentage, 60, KpiDirection.HigherIsBetter, false);

    private static SiteOrganisation Organisation(int id, bool sme = false, bool vcse = false) =>
        new(id, $"GB-TEST-{id}", $"Organisation {id}", LegalForm.Company, null, null, sme, vcse, null);

    private static SiteData Data()
    {
        var window = Enumerable.Range(0, 8).Select(i => Latest.AddQuarters(i - 7)).ToList();
        FundingPoint[] funding =
        [
            Paid(Long, 2023, 4, 50_000), Paid(Long, 2024, 3, 100_000), Paid(Long, 2024, 4, 100_000), Paid(Long, 2025, 1, 150_000), Paid(Long, 2025, 2, 150_000),
            Paid(New, 2025, 1, 200_000), Paid(New, 2025, 2, 210_000), Paid(New, 2025, 2, -10_000, PaymentType.ServiceCreditDeduction),
        ];
        KpiPoint[] results =
        [
            Result(100, Long, Latest, KpiRating.Good), Result(100, Long, Latest.Previous, KpiRating.Inadequate),
            Result(101, New, Latest, KpiRating.Inadequate), Result(102, New, Latest, KpiRating.Good), Result(102, New, Latest, KpiRating.Inadequate, cohort: "Under 25"),
        ];
        ReturnRow[] returns =
        [
            new(1, 1, new Quarter(2024, 3).Code, new Quarter(2024, 3).DefaultDeadline, new DateTime(2025, 1, 20, 9, 0, 0, DateTimeKind.Utc), true),
            new(2, 1, new Quarter(2024, 4).Code, new Quarter(2024, 4).DefaultDeadline, new DateTime(2025, 5, 15, 9, 0, 0, DateTimeKind.Utc), true),
            new(3, 1, Latest.Code, Latest.DefaultDeadline, new DateTime(2025, 10, 20, 9, 0, 0, DateTimeKind.Utc), true),
        ];
        return new SiteData
        {
            Scope = SiteScope.Everything,
            Period = new SitePeriod(new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc), Latest, window, DeadlineRule.Default),
            Registry = new SiteRegistry
            {
                Organisations = new[] { Organisation(1), Organisation(2), Organisation(3), Organisation(20, sme: true), Organisation(21), Organisation(22, vcse: true) }.ToDictionary(o => o.Id),
                ParentGroups = new Dictionary<int, string>(),
                Contracts = [Long, New],
                AreasByContract = Array.Empty<(int, string)>().ToLookup(a => a.Item1, a => a.Item2),
                KpisByContract = new[] { Kpi(100, Long), Kpi(101, New), Kpi(102, New) }.ToLookup(k => k.ContractId),
            },
            Facts = new SiteFacts
            {
                FundingByContract = funding.ToLookup(f => f.ContractId),
                KpiResultsByContract = results.ToLookup(r => r.ContractId),
                SatisfactionByContract = Array.Empty<SatisfactionPoint>().ToLookup(s => s.ContractId),
                Subcontracts = [new(Long.Id, 20, "Mentoring", 90_000_00, null, KpiRating.Good), new(New.Id, 21, "Catering", 45_000_00, null, null), new(New.Id, 22, "Advice", 27_000_00, null, null)],
                SubcontractorIds = new HashSet<int> { 20, 21, 22 },
            },
            Returns = new SiteReturns
            {
                Returns = returns,
                VersionsByReturn = Array.Empty<VersionRow>().ToLookup(v => v.ReturnId),
                FiguresByVersion = Array.Empty<VersionFigure>().ToLookup(f => f.VersionId),
            },
            Summaries = new SiteSummaries
            {
                Sectors = [],
                Headlines = new Headlines(new HomeFigures(0, 0, 0, 0, 0, 0, 0, 0), []),
            },
        };
    }
}
