using Transparency.Web.Domain;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

public sealed class PeerBenchmarkTests
{
    [Fact]
    public void From_OddAndEvenCounts_GivesTheMedianAndRange()
    {
        Assert.Equal(new PeerBenchmark(3, 30, 20, 50), PeerBenchmark.From([50, 20, 30]));
        Assert.Equal(new PeerBenchmark(4, 35, 20, 50), PeerBenchmark.From([50, 20, 30, 40]));
    }

    [Fact]
    public void From_FewerThanThreePeers_GivesNoBenchmark() => Assert.Null(PeerBenchmark.From([10, 20]));

    [Theory]
    [InlineData(KpiUnit.Count, 300)]
    [InlineData(KpiUnit.Days, 150)]
    public void WholeService_TwoAreasOnly_AddsCountsAndWeighsOtherUnitsByDenominator(KpiUnit unit, double expected)
    {
        var kpi = new SiteKpi(1, 1, "K1", "KPI", null, KpiKind.Output, unit, 10, KpiDirection.LowerIsBetter, false);
        KpiPoint Line(string area, double actual, long denominator) => new(1, 1, 20252, null, area, actual, null, denominator, KpiRating.Good, false);

        var point = WholeService.ByQuarter([Line("E12000001", 100, 100), Line("E12000002", 200, 100), Line("E12000003", 0, 0) with { Actual = 0, Denominator = 0 }], kpi)[20252];

        Assert.Null(point.AreaCode);
        Assert.Equal(expected, point.Actual, 6);
        Assert.True(point.RatingDerived);
    }

    [Fact]
    public void WholeService_LineWithoutAnArea_WinsOverTheAreas()
    {
        var kpi = new SiteKpi(1, 1, "K1", "KPI", null, KpiKind.Output, KpiUnit.Percentage, 10, KpiDirection.HigherIsBetter, false);
        var whole = new KpiPoint(1, 1, 20252, null, null, 42, null, null, KpiRating.Good, false);

        var point = WholeService.ByQuarter([new KpiPoint(1, 1, 20252, null, "E12000001", 10, null, null, KpiRating.Inadequate, false), whole], kpi)[20252];

        Assert.Same(whole, point);
    }

    [Fact]
    public void PeerGroup_ExcludingEachContract_AgreesWithSortingThePeersAgain()
    {
        // Ties, a contract with several KPIs in the group, and groups too small once a contract's own are left out.
        var random = new Random(20252);
        for (var size = 0; size < 40; size++)
        {
            var members = Enumerable.Range(0, size).Select(_ => (ContractId: random.Next(1, 8), Value: (double)random.Next(0, 6))).ToList();
            var group = new PeerGroup(members);
            for (var contract = 0; contract <= 8; contract++)
            {
                var peers = members.Where(m => m.ContractId != contract).Select(m => m.Value).ToList();
                Assert.Equal(PeerBenchmark.From(peers), group.ExcludingContract(contract));
            }
        }
    }

    [Fact]
    public void PeerValues_With_ReplacesEveryValueOfTheContractsInScopeAndKeepsTheRest()
    {
        var group = new PeerGroupKey(Sector.Employment, "EMP-JOBS", KpiKind.Outcome, KpiUnit.Percentage);
        var last = new PeerValues(20252, new Dictionary<int, PeerValue>
        {
            [1] = new(10, group, 40),
            [2] = new(10, group, 45), // a KPI the contract no longer has
            [3] = new(20, group, 50),
        });

        var merged = last.With([10], new PeerValues(20252, new Dictionary<int, PeerValue> { [1] = new(10, group, 60), [4] = new(10, group, null) }));

        Assert.Equal(new Dictionary<int, PeerValue> { [1] = new(10, group, 60), [3] = new(20, group, 50), [4] = new(10, group, null) }, merged.ByKpi);
        Assert.Equal(40, last.ByKpi[1].Value);
    }
}
