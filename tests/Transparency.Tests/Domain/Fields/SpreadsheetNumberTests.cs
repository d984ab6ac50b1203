using System.Globalization;
using Transparency.Web.Domain.Fields;

namespace Transparency.Tests.Domain.Fields;

public sealed class SpreadsheetNumberTests
{
    [Theory]
    [InlineData("1250.50", "1250.50")]
    [InlineData("  1250.5 ", "1250.5")]
    [InlineData("£1,250.50", "1250.50")]
    [InlineData("£ 1,250,000", "1250000")]
    [InlineData("-£12.00", "-12.00")]
    [InlineData("£-12.00", "-12.00")]
    [InlineData("\u2212" + "3", "-3")]
    [InlineData(".5", "0.5")]
    [InlineData("1250.50\u00A0", "1250.50")]
    public void TryParse_SpreadsheetHabits_AreAccepted(string text, string expected)
    {
        Assert.True(SpreadsheetNumber.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1250,50")]
    [InlineData("1 250.50")]
    [InlineData("1,25.00")]
    [InlineData("$12")]
    [InlineData("(12.00)")]
    [InlineData("1E6")]
    [InlineData("12%")]
    [InlineData("-£-12")]
    [InlineData("twelve")]
    [InlineData("")]
    public void TryParse_AmbiguousOrWrong_IsRefused(string text) => Assert.False(SpreadsheetNumber.TryParse(text, out _));

    [Fact]
    public void TryParse_PercentSign_OnlyWhenAllowed() =>
        Assert.True(SpreadsheetNumber.TryParse("81.5%", out var value, allowPercentSign: true) && value == 81.5m);

    [Fact]
    public void TryParse_AnyAmountFormattedTheWaysSpreadsheetsShowIt_ReadsBackExactly()
    {
        // Property-style: for many random amounts, every accepted way of writing one reads back as the same value.
        var random = new Random(20252);
        for (var i = 0; i < 5_000; i++)
        {
            var pence = random.NextInt64(-10_000_000_000, 10_000_000_000);
            var amount = pence / 100m;
            var forms = new[]
            {
                amount.ToString("0.00", CultureInfo.InvariantCulture),
                amount.ToString("#,##0.00", CultureInfo.InvariantCulture),
                (amount < 0 ? "-£" : "£") + Math.Abs(amount).ToString("#,##0.##", CultureInfo.InvariantCulture),
                " " + amount.ToString(CultureInfo.InvariantCulture) + "  ",
            };

            foreach (var form in forms)
            {
                Assert.True(SpreadsheetNumber.TryParse(form, out var value), form);
                Assert.Equal(amount, value);
                Assert.True(SpreadsheetNumber.DecimalPlaces(value) <= 2, form);
            }
        }
    }

    [Fact]
    public void TryParse_RandomText_NeverThrows()
    {
        var random = new Random(7);
        const string alphabet = "0123456789.,£-+% eE()$\u00A0\u2212";
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 14)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (SpreadsheetNumber.TryParse(text, out var value, allowPercentSign: true))
            {
                // Whatever was accepted is the plain number once the habits are taken away.
                var plain = new string(text.Where(c => char.IsAsciiDigit(c) || c is '.' or '-' or '\u2212').ToArray()).Replace('\u2212', '-');
                Assert.Equal(decimal.Parse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), value);
            }
        }
    }
}
