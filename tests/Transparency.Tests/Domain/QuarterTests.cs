using Transparency.Web.Domain;

namespace Transparency.Tests.Domain;

public sealed class QuarterTests
{
    [Theory]
    [InlineData("2025-26 Q1", 2025, 1, "2025-04-01", "2025-06-30")]
    [InlineData("2025-26 Q2", 2025, 2, "2025-07-01", "2025-09-30")]
    [InlineData("2025-26 Q3", 2025, 3, "2025-10-01", "2025-12-31")]
    [InlineData("2025-26 Q4", 2025, 4, "2026-01-01", "2026-03-31")]
    [InlineData("2099-00 Q4", 2099, 4, "2100-01-01", "2100-03-31")]
    public void Parse_WhenWellFormed_GivesYearNumberAndDates(string text, int year, int number, string start, string end)
    {
        var quarter = Quarter.Parse(text);

        Assert.Equal(year, quarter.FinancialYearStart);
        Assert.Equal(number, quarter.Number);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), quarter.StartDate);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), quarter.EndDate);
        Assert.Equal(text, quarter.ToString());
    }

    [Theory]
    [InlineData(" 2025-26 q2 ")]
    [InlineData("2025/26 Q2")]
    [InlineData("2025 - 26 Q2")]
    public void Parse_WhenSpacingOrCaseDiffers_StillParses(string text) =>
        Assert.Equal(new Quarter(2025, 2), Quarter.Parse(text));

    [Theory]
    [InlineData("", "Enter a quarter, like 2025-26 Q2.")]
    [InlineData("Q2 2025", "'Q2 2025' is not a quarter. Enter the financial year and quarter, like 2025-26 Q2.")]
    [InlineData("2025-27 Q2", "'2025-27 Q2' is not a financial year: 2025 is followed by 26, like 2025-26 Q1.")]
    [InlineData("2025-26 Q5", "'2025-26 Q5' names quarter 5. A financial year has quarters Q1 to Q4.")]
    [InlineData("2025-26 Q0", "'2025-26 Q0' names quarter 0. A financial year has quarters Q1 to Q4.")]
    [InlineData("1999-00 Q4", "'1999-00 Q4' is outside the years this portal holds (2000 to 2099).")]
    [InlineData("2025-26", "'2025-26' is not a quarter. Enter the financial year and quarter, like 2025-26 Q2.")]
    public void TryParse_WhenMalformed_ExplainsTheFix(string text, string expected)
    {
        Assert.False(Quarter.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
        Assert.Equal(expected, Assert.Throws<FormatException>(() => Quarter.Parse(text)).Message);
    }

    [Fact]
    public void NextAndPrevious_CrossFinancialYears()
    {
        Assert.Equal(new Quarter(2026, 1), new Quarter(2025, 4).Next);
        Assert.Equal(new Quarter(2024, 4), new Quarter(2025, 1).Previous);
        Assert.Equal(new Quarter(2025, 3), new Quarter(2025, 2).Next);
        Assert.Equal(new Quarter(2023, 2), new Quarter(2025, 2).AddQuarters(-8));
        Assert.Equal(new Quarter(2024, 2), new Quarter(2025, 2).YearEarlier);
    }

    [Theory]
    [InlineData(2025, 1, "2025-07-31")]
    [InlineData(2025, 2, "2025-10-31")]
    [InlineData(2025, 3, "2026-01-31")]
    [InlineData(2025, 4, "2026-04-30")]
    public void DefaultDeadline_IsOneMonthAfterQuarterEnd(int year, int number, string deadline) =>
        Assert.Equal(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), new Quarter(year, number).DefaultDeadline);

    [Theory]
    [InlineData("2026-01-15", 2025, 4)]
    [InlineData("2026-03-31", 2025, 4)]
    [InlineData("2026-04-01", 2026, 1)]
    [InlineData("2025-12-31", 2025, 3)]
    [InlineData("2025-07-01", 2025, 2)]
    public void Containing_FindsTheFinancialQuarterOfADate(string date, int year, int number) =>
        Assert.Equal(new Quarter(year, number), Quarter.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Code_SortsInTimeOrderAndRoundTrips()
    {
        var quarters = Enumerable.Range(0, 20).Select(i => new Quarter(2020, 1).AddQuarters(i)).ToList();

        Assert.Equal(quarters.Select(q => q.Code).Order(), quarters.Select(q => q.Code));
        Assert.All(quarters, q => Assert.Equal(q, Quarter.FromCode(q.Code)));
        Assert.True(new Quarter(2025, 4) < new Quarter(2026, 1));
    }

    [Fact]
    public void Constructor_WhenNumberOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2025, 5));
}
