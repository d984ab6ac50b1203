using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Transparency.Web.Domain.Fields;

/// <summary>
/// Reads dates the way UK spreadsheets hold them: 2025-08-15, 15/08/2025, 15/8/25 (day first, as in the UK; a two-digit
/// year is 20yy), with a midnight time after it (what Excel writes for a date cell saved as CSV), or an Excel serial
/// day number such as 45884 (a date typed into a General-format cell). A date that only makes sense month first
/// (08/15/2025), a year that is not 2000–2099 and a day that does not exist are refused with a sentence saying why,
/// because guessing would publish the wrong quarter. The returns and the registry imports both read dates here.
/// </summary>
public static partial class SpreadsheetDate
{
    /// <summary>Excel's serial day numbers for 1 January 2000 and 31 December 2099, the years the portal's quarters cover.</summary>
    private const int FirstSerial = 36526;
    private const int LastSerial = 73050;

    private static readonly DateOnly SerialEpoch = new(1899, 12, 30);

    public const string Forms = "YYYY-MM-DD or DD/MM/YYYY";

    /// <summary>The date, or false with <paramref name="problem"/> saying in a few words what is wrong with it.</summary>
    public static bool TryParse(string? text, out DateOnly date, [NotNullWhen(false)] out string? problem)
    {
        date = default;
        var value = (text ?? string.Empty).Trim();
        var midnight = Midnight().Match(value);
        if (midnight.Success)
        {
            value = midnight.Groups["date"].Value;
        }

        if (Iso().Match(value) is { Success: true } iso)
        {
            return Make(Number(iso, "y"), Number(iso, "m"), Number(iso, "d"), out date, out problem);
        }

        if (DayFirst().Match(value) is { Success: true } uk)
        {
            var day = Number(uk, "d");
            var month = Number(uk, "m");
            var year = uk.Groups["y"].Length == 2 ? 2000 + Number(uk, "y") : Number(uk, "y");
            if (month > 12 && day <= 12)
            {
                problem = $"'{value}' reads as month first (month {month} does not exist): write dates day first, like 15/08/2025, or as 2025-08-15";
                return false;
            }

            return Make(year, month, day, out date, out problem);
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && value.Length is 5)
        {
            if (serial is >= FirstSerial and <= LastSerial)
            {
                date = SerialEpoch.AddDays(serial);
                problem = null;
                return true;
            }

            problem = $"'{value}' looks like a spreadsheet day number, but not one between 2000 and 2099: format the cell as a date";
            return false;
        }

        problem = $"'{value}' is not a date in a form the portal reads: use {Forms}";
        return false;
    }

    private static bool Make(int year, int month, int day, out DateOnly date, [NotNullWhen(false)] out string? problem)
    {
        date = default;
        if (year is < 2000 or > 2099)
        {
            problem = $"the year {year} is outside 2000–2099";
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            problem = $"there is no day {day} in month {month} of {year}";
            return false;
        }

        date = new DateOnly(year, month, day);
        problem = null;
        return true;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<date>[\d/-]+)(?:[T ]00:00(?::00(?:\.0+)?)?Z?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Midnight();
}
