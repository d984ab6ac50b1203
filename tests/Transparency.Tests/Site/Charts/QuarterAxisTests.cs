using Transparency.Web.Domain;
using Transparency.Web.Site.Charts;

namespace Transparency.Tests.Site.Charts;

public sealed class QuarterAxisTests
{
    private static List<Quarter> From(Quarter first, int count) => Enumerable.Range(0, count).Select(first.AddQuarters).ToList();

    [Fact]
    public void Layout_ForTwelveQuartersOnAWideChart_LabelsEveryQuarterAndEachYearOnce()
    {
        var quarters = From(new Quarter(2022, 2), 12);

        var labels = QuarterAxis.Layout(quarters, left: 72, slot: 46, fontSize: 13);

        Assert.Equal(["Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4", "Q1"], labels.Where(l => l.Line == 1).Select(l => l.Text));
        // 2025-26 has one quarter in the window: 42 px (46 less the gap) is too narrow for "2025-26" (56 px) but takes "25-26" (40 px).
        Assert.Equal(["2022-23", "2023-24", "2024-25", "25-26"], labels.Where(l => l.Line == 2).Select(l => l.Text));
        Assert.Equal(72 + 46 * 1.5, labels.Single(l => l.Text == "2022-23").X);
    }

    [Fact]
    public void Layout_WhenSlotsAreNarrowerThanALabel_SkipsQuartersEvenly()
    {
        var labels = QuarterAxis.Layout(From(new Quarter(2020, 1), 24), left: 40, slot: 10, fontSize: 12);

        // "Q4" is about 15 px wide at 12 px: with the 4 px gap, every second slot of 10 px.
        Assert.Equal(12, labels.Count(l => l.Line == 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(12)]
    [InlineData(20)]
    [InlineData(40)]
    public void Layout_InBothFrames_NoTwoLabelsOnALineOverlap(int count)
    {
        foreach (var frame in ChartFrame.Both)
        {
            foreach (var start in Enumerable.Range(1, 4))
            {
                var slot = (frame.Width - frame.Right - 48.0) / count;
                var labels = QuarterAxis.Layout(From(new Quarter(2021, start), count), 48, slot, frame.FontSize);
                foreach (var line in labels.GroupBy(l => l.Line))
                {
                    var spans = line.Select(l => (From: l.X - ChartFrame.TextWidth(l.Text, frame.FontSize) / 2, To: l.X + ChartFrame.TextWidth(l.Text, frame.FontSize) / 2))
                        .OrderBy(s => s.From).ToList();
                    for (var i = 1; i < spans.Count; i++)
                    {
                        Assert.True(spans[i].From >= spans[i - 1].To, $"{frame.Width} px, {count} quarters from Q{start}: labels overlap on line {line.Key}");
                    }

                    Assert.All(spans, s => Assert.InRange(s.To, 0, frame.Width));
                }
            }
        }
    }
}
