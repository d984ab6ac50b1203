using Transparency.Web.PerformanceNotices;

namespace Transparency.Tests.PerformanceNotices;

/// <summary>Procurement Act 2023 s.52: "more than £5 million", so exactly £5 million is not over.</summary>
public sealed class ThresholdTests
{
    [Theory]
    [InlineData(500_000_001L, true)]
    [InlineData(500_000_000L, false)]
    [InlineData(499_999_999L, false)]
    [InlineData(0L, false)]
    public void IsOver_ComparesPenceStrictly(long pence, bool over) => Assert.Equal(over, NoticeThreshold.IsOver(pence));

    [Fact]
    public void IsOver_ValueNotStated_IsUnknown() => Assert.Null(NoticeThreshold.IsOver(null));

    [Theory]
    [InlineData("012345-2026", true)]
    [InlineData("12345-2026", false)]
    [InlineData("012345-26", false)]
    [InlineData("012345-2026 ", false)]
    [InlineData("https://www.find-tender.service.gov.uk/Notice/012345-2026", false)]
    public void IsFindATenderId_AcceptsSixDigitsAndAYear(string text, bool valid) => Assert.Equal(valid, NoticeIdentifiers.IsFindATenderId(text));

    [Fact]
    public void PeriodSlug_RoundTrips()
    {
        var period = AssessmentPeriod.EndingWith(Transparency.Web.Domain.Quarter.Parse("2025-26 Q1"));

        Assert.Equal("2024-25 Q2 to 2025-26 Q1", period.ToString());
        Assert.Equal("2025-26-q1", period.Slug);
        Assert.True(AssessmentPeriod.TryParseSlug(period.Slug, out var back));
        Assert.Equal(period, back);
        Assert.False(AssessmentPeriod.TryParseSlug("2025-27-q1", out _));
    }
}
