using Transparency.Web.Domain;

namespace Transparency.Tests.Domain;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(123456, "£1,234.56")]
    [InlineData(-1200, "-£12.00")]
    [InlineData(1, "£0.01")]
    public void Format_ShowsPoundsAndPence(long pence, string expected) => Assert.Equal(expected, Money.Format(pence));

    [Fact]
    public void ToPence_WhenMoreThanTwoDecimalPlaces_Refuses() =>
        Assert.Throws<ArgumentException>(() => Money.ToPence(1.005m));

    [Fact]
    public void ToPence_IsExact() => Assert.Equal(123_456_789_012L, Money.ToPence(1_234_567_890.12m));

    [Theory]
    [InlineData(123_456_789, "£1.2m")]
    [InlineData(3_500_000, "£35k")]
    [InlineData(99_900, "£999")]
    [InlineData(250_000_000_000, "£2.5bn")]
    public void FormatShort_RoundsForHeadlines(long pence, string expected) => Assert.Equal(expected, Money.FormatShort(pence));
}
