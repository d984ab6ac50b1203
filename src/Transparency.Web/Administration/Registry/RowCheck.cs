using System.Globalization;
using System.Text.RegularExpressions;
using Transparency.Web.Domain;
using Transparency.Web.Domain.Fields;

namespace Transparency.Web.Administration.Registry;

/// <summary>
/// Reads the text values of one row into typed values, adding a problem (row, column, value, fix) for each
/// value that is missing or wrong. Spreadsheet habits are accepted through the same field parsers the returns use
/// (<see cref="SpreadsheetNumber"/>, <see cref="SpreadsheetDate"/>, <see cref="CleanText"/>): a leading £,
/// thousands separators, a % after a share, UK and Excel dates.
/// </summary>
public sealed partial class RowCheck(int? row, List<RegistryProblem> problems)
{
    public int? Row => row;

    public void Problem(string column, string? value, string fix) => problems.Add(new RegistryProblem(row, column, value ?? string.Empty, fix));

    public string? Text(string column, string? value, int maxLength, string? whenMissing = null, bool multiline = false, bool isName = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null)
        {
            if (whenMissing is not null)
            {
                Problem(column, value, whenMissing);
            }

            return null;
        }

        text = CleanText.Check(text, multiline, isName, out var problem);
        if (text is null)
        {
            Problem(column, CleanText.Visible(value!), $"Correct '{column}': {problem}");
            return null;
        }

        if (text.Length > maxLength)
        {
            Problem(column, text, $"Shorten '{column}' to {maxLength} characters or fewer");
            return null;
        }

        return text;
    }

    public string? OrganisationId(string column, string? value, string whenMissing)
    {
        var text = Text(column, value, 80, whenMissing);
        if (text is not null && !Domain.OrgId.TryValidate(text, out var error))
        {
            Problem(column, text, error);
            return null;
        }

        return text;
    }

    public TEnum? Choice<TEnum>(string column, string? value, TEnum? whenEmpty = null)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (whenEmpty is null)
            {
                Problem(column, value, $"Enter one of: {Choices<TEnum>()}");
            }

            return whenEmpty;
        }

        var key = Letters().Replace(value, string.Empty);
        foreach (var member in Enum.GetValues<TEnum>())
        {
            if (string.Equals(member.ToString(), key, StringComparison.OrdinalIgnoreCase))
            {
                return member;
            }
        }

        Problem(column, value, $"Enter one of: {Choices<TEnum>()}");
        return null;
    }

    public bool Flag(string column, string? value)
    {
        var text = value?.Trim().ToLowerInvariant() ?? string.Empty;
        switch (text)
        {
            case "" or "no" or "n" or "false" or "0":
                return false;
            case "yes" or "y" or "true" or "1":
                return true;
            default:
                Problem(column, value, $"Enter yes or no");
                return false;
        }
    }

    public DateOnly? Date(string column, string? value, string whenMissing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(column, value, whenMissing);
            return null;
        }

        if (SpreadsheetDate.TryParse(value, out var date, out var problem))
        {
            return date;
        }

        Problem(column, value, $"Enter a real date, like 2025-04-01 or 01/04/2025: {problem}");
        return null;
    }

    /// <summary>An amount in pounds; null when empty (reported only when <paramref name="whenMissing"/> is given: the value may be "not known").</summary>
    public long? Pence(string column, string? value, string? whenMissing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (whenMissing is not null)
            {
                Problem(column, value, whenMissing);
            }

            return null;
        }

        if (!SpreadsheetNumber.TryParse(value, out var pounds) || pounds < 0)
        {
            Problem(column, value, $"Enter the amount in pounds as a number of 0 or more, like 1250000.00");
            return null;
        }

        if (SpreadsheetNumber.DecimalPlaces(pounds) > 2)
        {
            Problem(column, value, $"Enter the amount with no more than 2 decimal places, like 1250000.50");
            return null;
        }

        try
        {
            return Money.ToPence(pounds);
        }
        catch (OverflowException)
        {
            Problem(column, value, "Check the amount: it is too large to be right");
            return null;
        }
    }

    public double? Number(string column, string? value, double min, double max, string? whenMissing = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (whenMissing is not null)
            {
                Problem(column, value, whenMissing);
            }

            return null;
        }

        if (!SpreadsheetNumber.TryParse(value, out var parsed, allowPercentSign: true))
        {
            Problem(column, value, $"Enter a number, like 75 or 12.5");
            return null;
        }

        var number = (double)parsed;
        if (number < min || number > max)
        {
            Problem(column, value, $"Enter a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return number;
    }

    /// <summary>Enum members as people write them: SocialCare becomes "social care".</summary>
    public static string Choices<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(Words));

    public static string Words(string name) => Capitals().Replace(name, " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("[^A-Za-z0-9]")]
    private static partial Regex Letters();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Capitals();
}
