using Transparency.Web.Site.Charts;

namespace Transparency.Tests.Site.Charts;

public sealed class NiceAxisTests
{
    private static readonly double[] NiceMantissas = [1, 2, 5];

    [Fact]
    public void Ticks_ForMillionsOfPounds_StepInTwoMillions()
    {
        // 5.1m: a first guess of 5.1m / 4 = 1.275m per step rounds to the nice step 2m, and the axis ends at 6m.
        Assert.Equal([0, 2_000_000, 4_000_000, 6_000_000], NiceAxis.Ticks(0, 5_100_000));
    }

    [Fact]
    public void Ticks_ForAProvidersYearlyTotal_StepInHundredsOfMillions()
    {
        Assert.Equal([0, 200_000_000, 400_000_000, 600_000_000], NiceAxis.Ticks(0, 560_943_455.35));
    }

    [Fact]
    public void Ticks_ForPercentagesAwayFromZero_StartBelowTheLowestValue()
    {
        // The odd ticks came from dividing 78.9%..x into quarters; nice ticks are multiples of 5.
        Assert.Equal([70, 75, 80, 85, 90], NiceAxis.Ticks(72.3, 85.1));
    }

    [Fact]
    public void Ticks_ForSmallFractions_HaveNoFloatingPointNoise()
    {
        Assert.Equal([0, 0.1, 0.2, 0.3], NiceAxis.Ticks(0, 0.3));
    }

    [Fact]
    public void Ticks_ForNegativeAndPositiveValues_IncludeZero()
    {
        // A range of 53k rounds up to 100k; 100k / 4 = 25k rounds to the nice step 20k.
        Assert.Equal([-20_000, 0, 20_000, 40_000], NiceAxis.Ticks(-15_000, 38_000));
    }

    [Fact]
    public void Ticks_WhenEveryValueIsTheSame_GiveTheValueRoomAndKeepZeroAsFloor()
    {
        var ticks = NiceAxis.Ticks(100, 100);

        Assert.True(ticks[0] < 100 && ticks[^1] > 100, string.Join(", ", ticks));
        Assert.True(ticks[0] >= 0);
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1], NiceAxis.Ticks(0, 0));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 7)]
    [InlineData(3.2, 9.9)]
    [InlineData(0, 251_003)]
    [InlineData(12, 13)]
    [InlineData(-3, 0)]
    [InlineData(0, 1_234_567_890)]
    public void Ticks_AlwaysCoverTheValuesInEvenNiceSteps(double min, double max)
    {
        var ticks = NiceAxis.Ticks(min, max);

        Assert.InRange(ticks.Count, 3, 11);
        Assert.True(ticks[0] <= min && ticks[^1] >= max, string.Join(", ", ticks));
        var step = ticks[1] - ticks[0];
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        Assert.Contains(Math.Round(mantissa, 6), NiceMantissas);
        for (var i = 1; i < ticks.Count; i++)
        {
            Assert.Equal(step, ticks[i] - ticks[i - 1], 6);
        }
    }

    [Fact]
    public void PoundsAxis_WritesTicksShortWithoutTrailingZeros()
    {
        Assert.Equal(["£0", "£500k", "£2m", "£2.5k", "£1.25bn", "-£20k"],
            new[] { 0, 500_000, 2_000_000, 2_500, 1_250_000_000, -20_000d }.Select(SvgCharts.PoundsAxis));
    }
}
