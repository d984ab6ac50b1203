using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Transparency.Web.Domain;

/// <summary>
/// A UK financial-year quarter such as <c>2025-26 Q2</c> (July to September 2025).
/// The financial year starts on 1 April, so Q4 runs January to March of the next calendar year.
/// Stored as the integer <see cref="Code"/> (<c>20252</c>), which sorts in time order.
/// </summary>
[JsonConverter(typeof(QuarterJsonConverter))]
public readonly partial record struct Quarter : IComparable<Quarter>
{
    public const int MinYear = 2000;
    public const int MaxYear = 2099;

    public Quarter(int financialYearStart, int number)
    {
        if (financialYearStart is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(financialYearStart), financialYearStart,
                $"The financial year must start between {MinYear} and {MaxYear}.");
        }

        if (number is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "The quarter number must be 1, 2, 3 or 4.");
        }

        FinancialYearStart = financialYearStart;
        Number = number;
    }

    /// <summary>The calendar year in which the financial year starts (2025 for 2025-26).</summary>
    public int FinancialYearStart { get; }

    public int Number { get; }

    public int Code => FinancialYearStart * 10 + Number;

    /// <summary>The financial year label, for example <c>2025-26</c>.</summary>
    public string FinancialYear => FormatFinancialYear(FinancialYearStart);

    public DateOnly StartDate => new DateOnly(FinancialYearStart, 4, 1).AddMonths(3 * (Number - 1));

    public DateOnly EndDate => StartDate.AddMonths(3).AddDays(-1);

    /// <summary>The default deadline for a return: one calendar month after the quarter ends.</summary>
    public DateOnly DefaultDeadline => DeadlineAfter(months: 1);

    public Quarter Next => Number == 4 ? new Quarter(FinancialYearStart + 1, 1) : new Quarter(FinancialYearStart, Number + 1);

    public Quarter Previous => Number == 1 ? new Quarter(FinancialYearStart - 1, 4) : new Quarter(FinancialYearStart, Number - 1);

    /// <summary>The same quarter one financial year earlier, for year-on-year comparisons.</summary>
    public Quarter YearEarlier => new(FinancialYearStart - 1, Number);

    public DateOnly DeadlineAfter(int months, int days = 0) => EndDate.AddDays(1).AddMonths(months).AddDays(days - 1);

    public Quarter AddQuarters(int count)
    {
        var index = FinancialYearStart * 4 + (Number - 1) + count;
        return new Quarter(index / 4, index % 4 + 1);
    }

    public bool Contains(DateOnly date) => date >= StartDate && date <= EndDate;

    public static Quarter Containing(DateOnly date)
    {
        var yearStart = date.Month >= 4 ? date.Year : date.Year - 1;
        var number = ((date.Month + 8) % 12) / 3 + 1;
        return new Quarter(yearStart, number);
    }

    public static Quarter FromCode(int code) => new(code / 10, code % 10);

    public static string FormatFinancialYear(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}-{(startYear + 1) % 100:D2}");

    public static Quarter Parse(string text) =>
        TryParse(text, out var quarter, out var error) ? quarter : throw new FormatException(error);

    public static bool TryParse(string? text, out Quarter quarter) => TryParse(text, out quarter, out _);

    /// <summary>Parses <c>2025-26 Q2</c>. The error says what was wrong and shows the expected form.</summary>
    public static bool TryParse(string? text, out Quarter quarter, [NotNullWhen(false)] out string? error)
    {
        quarter = default;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            error = "Enter a quarter, like 2025-26 Q2.";
            return false;
        }

        var match = QuarterPattern().Match(trimmed);
        if (!match.Success)
        {
            error = $"'{trimmed}' is not a quarter. Enter the financial year and quarter, like 2025-26 Q2.";
            return false;
        }

        var startYear = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var endYear = int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture);
        if ((startYear + 1) % 100 != endYear)
        {
            error = $"'{trimmed}' is not a financial year: {startYear} is followed by {(startYear + 1) % 100:D2}, like {FormatFinancialYear(startYear)} Q1.";
            return false;
        }

        var number = match.Groups["q"].Value[0] - '0';
        if (number is < 1 or > 4)
        {
            error = $"'{trimmed}' names quarter {number}. A financial year has quarters Q1 to Q4.";
            return false;
        }

        if (startYear is < MinYear or > MaxYear)
        {
            error = $"'{trimmed}' is outside the years this portal holds ({MinYear} to {MaxYear}).";
            return false;
        }

        quarter = new Quarter(startYear, number);
        error = null;
        return true;
    }

    public int CompareTo(Quarter other) => Code.CompareTo(other.Code);

    public static bool operator <(Quarter left, Quarter right) => left.Code < right.Code;

    public static bool operator >(Quarter left, Quarter right) => left.Code > right.Code;

    public static bool operator <=(Quarter left, Quarter right) => left.Code <= right.Code;

    public static bool operator >=(Quarter left, Quarter right) => left.Code >= right.Code;

    public override string ToString() => $"{FinancialYear} Q{Number}";

    [GeneratedRegex(@"^(?<start>\d{4})\s*[-/–]\s*(?<end>\d{2})\s+Q(?<q>\d)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();
}
