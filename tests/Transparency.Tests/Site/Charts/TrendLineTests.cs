using Transparency.Web.Site.Charts;

namespace Transparency.Tests.Site.Charts;

public sealed class TrendLineTests
{
    [Fact]
    public void Fit_ThroughPointsOnALine_ReturnsThatLineFromFirstToLastResult()
    {
        var trend = TrendLine.Fit([null, 10, 12, null, 16, null]);

        Assert.NotNull(trend);
        Assert.Null(trend[0]);
        Assert.Equal([10, 12, 14, 16], trend.Skip(1).Take(4).Select(v => Math.Round(v!.Value, 9)));
        Assert.Null(trend[5]);
    }

    [Fact]
    public void Fit_ThroughScatteredPoints_IsTheLeastSquaresLine()
    {
        // x 0..3, y 1,3,2,4: mean x 1.5, mean y 2.5, slope (Σdx·dy = 4) / (Σdx² = 5) = 0.8, intercept 2.5 - 1.2 = 1.3.
        var trend = TrendLine.Fit([1, 3, 2, 4])!;

        Assert.Equal([1.3, 2.1, 2.9, 3.7], trend.Select(v => Math.Round(v!.Value, 9)));
    }

    [Fact]
    public void Fit_WithFewerThanThreeResults_DrawsNoTrend()
    {
        Assert.Null(TrendLine.Fit([5, null, 7]));
    }
}
