using System.Globalization;
using System.Text.RegularExpressions;

namespace Transparency.Web.Domain.Fields;

/// <summary>
/// Reads numbers the way people type them into spreadsheets: surrounding spaces, a leading £ (before or after
/// a minus sign), commas between groups of three digits, and for percentages a trailing % sign. Anything else
/// (a comma as decimal point, spaces inside the number, letters, exponents) is refused, because guessing could
/// publish a figure a thousand times too big or small.
/// </summary>
public static partial class SpreadsheetNumber
{
    public static bool TryParse(string? text, out decimal value, bool allowPercentSign = false)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Shape().Match(text.Trim().Trim('\u00A0', '\u202F'));
        if (!match.Success || (match.Groups["pct"].Success && !allowPercentSign)
            || (match.Groups["sign"].Length > 0 && match.Groups["sign2"].Length > 0))
        {
            return false;
        }

        var digits = match.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var magnitude))
        {
            return false;
        }

        var negative = match.Groups["sign"].Value is "-" or "\u2212" || match.Groups["sign2"].Value is "-" or "\u2212";
        value = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>The number of decimal places that matter, ignoring trailing zeros (1250.50 has 1; 1250.505 has 3).</summary>
    public static int DecimalPlaces(decimal value) => Normalise(value).Scale;

    /// <summary>The same value without trailing zeros after the decimal point (81.500 becomes 81.5).</summary>
    public static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    [GeneratedRegex(@"^(?<sign>[-+\u2212]?)\s*£?\s*(?<sign2>[-+\u2212]?)(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d*)?|\.\d+)\s*(?<pct>%)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
