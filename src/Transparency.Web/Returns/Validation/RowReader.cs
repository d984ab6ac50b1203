using System.Globalization;
using Transparency.Web.Domain;
using Transparency.Web.Domain.Fields;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Standard;

namespace Transparency.Web.Returns.Validation;

/// <summary>
/// Reads one raw row's values as their standard types, reporting each value that is missing or wrong with a
/// message that says what to enter and where. <see cref="Ok"/> is false once anything on the row was wrong.
/// </summary>
public sealed class RowReader(RawRow row, RawTable table, Quarter quarter, ReportBuilder report)
{
    public bool Ok { get; private set; } = true;

    public LineRef At { get; } = new(table.Place, row.Number);

    private string Where => At.Where;

    public string? Text(string name)
    {
        var (field, text) = Get(name);
        if (text is null)
        {
            return null;
        }

        if (field.Pattern is { } pattern && !System.Text.RegularExpressions.Regex.IsMatch(text, pattern))
        {
            return Fail(RuleCodes.PatternMismatch, field, text, $"Enter the {Lower(field.Title)} as {field.PatternHint}, in {Where}.");
        }

        if (field.MaxLength is { } max && text.Length > max)
        {
            return Fail(RuleCodes.TextTooLong, field, text,
                $"Shorten the {Lower(field.Title)} in {Where} to {max} characters or fewer (it has {text.Length}).");
        }

        return text;
    }

    public T? Code<T>(string name)
        where T : struct, Enum
    {
        var (field, text) = Get(name);
        if (text is null)
        {
            return null;
        }

        return StandardCodes.TryParse<T>(text, out var value)
            ? value
            : Fail<T>(RuleCodes.CodeNotAllowed, field, text,
                $"Enter a {Lower(field.Title)} from this list in {Where}: {string.Join(", ", field.AllowedValues)}.");
    }

    public long? Pence(string name)
    {
        var (field, text) = Get(name);
        if (text is null || Parse(field, text) is not { } pounds)
        {
            return null;
        }

        if (SpreadsheetNumber.DecimalPlaces(pounds) > 2)
        {
            return Fail<long>(RuleCodes.MoneyDecimals, field, text,
                $"Enter the {Lower(field.Title)} in pounds and pence with no more than 2 decimal places, like {field.Example}, in {Where}.");
        }

        try
        {
            return Money.ToPence(pounds);
        }
        catch (OverflowException)
        {
            return Fail<long>(RuleCodes.NumberInvalid, field, text, $"Check the {Lower(field.Title)} in {Where}: it is too large to be right.");
        }
    }

    public double? Number(string name)
    {
        var (field, text) = Get(name);
        return text is not null && Parse(field, text) is { } value ? (double)value : null;
    }

    public long? Whole(string name)
    {
        var (field, text) = Get(name);
        if (text is null || Parse(field, text) is not { } value)
        {
            return null;
        }

        return value == decimal.Truncate(value) && Math.Abs(value) <= int.MaxValue
            ? (long)value
            : Fail<long>(RuleCodes.WholeNumberInvalid, field, text, $"Enter the {Lower(field.Title)} as a whole number, like {field.Example}, in {Where}.");
    }

    public double? Percentage(string name)
    {
        var (field, text) = Get(name);
        if (text is null || Parse(field, text) is not { } value)
        {
            return null;
        }

        return value is >= 0 and <= 100
            ? (double)value
            : Fail<double>(RuleCodes.PercentageRange, field, text,
                $"Enter the {Lower(field.Title)} as a number from 0 to 100, like {field.Example}, in {Where}.");
    }

    public DateOnly? Date(string name)
    {
        var (field, text) = Get(name);
        if (text is null)
        {
            return null;
        }

        return SpreadsheetDate.TryParse(text, out var date, out var problem)
            ? date
            : Fail<DateOnly>(RuleCodes.DateInvalid, field, text,
                $"Enter the {Lower(field.Title)} as a date like {field.Example} or {DayFirst(field.Example)} in {Where}: {problem}.");
    }

    public string? OrganisationId(string name)
    {
        var (field, text) = Get(name);
        if (text is null)
        {
            return null;
        }

        return Domain.OrgId.TryValidate(text, out var error)
            ? text
            : Fail(RuleCodes.OrganisationIdInvalid, field, text, $"Correct the {Lower(field.Title)} in {Where}. {error}");
    }

    /// <summary>Checks the line's quarter is the one being uploaded.</summary>
    public void QuarterMatches()
    {
        var (field, text) = Get(FieldNames.Quarter);
        if (text is null)
        {
            return;
        }

        if (!Quarter.TryParse(text, out var given, out _))
        {
            Fail(RuleCodes.QuarterInvalid, field, text, $"Enter the quarter like {quarter} in {Where}. '{text}' is not a quarter.");
        }
        else if (given != quarter)
        {
            Fail(RuleCodes.QuarterMismatch, field, text,
                $"Change the quarter to {quarter} in {Where}: you are uploading the return for {quarter}, and this line says {given}.");
        }
    }

    /// <summary>An ISO example date written day first, as UK spreadsheets show it: 2025-08-15 becomes 15/08/2025.</summary>
    private static string DayFirst(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"KPI code" stays as it is; "Amount" becomes "amount".</summary>
    public static string Lower(string title) =>
        title.Length > 1 && char.IsUpper(title[1]) ? title : char.ToLowerInvariant(title[0]) + title[1..];

    /// <summary>The field's text, checked for characters that are not text and in NFC; null when absent or refused (reported).</summary>
    private (FieldDefinition Field, string? Text) Get(string name)
    {
        var field = table.Section.Find(name) ?? throw new ArgumentException($"The section {table.Section.Name} has no field {name}.", nameof(name));
        var text = row[name];
        if (text is null)
        {
            if (field.Required)
            {
                Fail(RuleCodes.ValueRequired, field, null, $"Enter the {Lower(field.Title)} in {Where}.");
            }

            return (field, null);
        }

        var clean = CleanText.Check(text, field.Multiline, field.IsName, out var problem);
        if (clean is null)
        {
            Fail(RuleCodes.TextCharacterNotAllowed, field, CleanText.Visible(text), $"Correct the {Lower(field.Title)} in {Where}: {problem}.");
        }

        return (field, clean);
    }

    private decimal? Parse(FieldDefinition field, string text)
    {
        if (!SpreadsheetNumber.TryParse(text, out var value, allowPercentSign: field.Type is FieldType.Percentage or FieldType.Number))
        {
            return Fail<decimal>(RuleCodes.NumberInvalid, field, text, $"Enter the {Lower(field.Title)} as a number, like {field.Example}, in {Where}.");
        }

        if (value < 0 && !field.AllowsNegative)
        {
            return Fail<decimal>(RuleCodes.NumberNegative, field, text, $"Enter the {Lower(field.Title)} as 0 or more in {Where}.");
        }

        return value;
    }

    private string? Fail(string code, FieldDefinition field, string? text, string message)
    {
        Ok = false;
        report.Error(code, message, table.Place, row.Number, field.Name, text);
        return null;
    }

    private T? Fail<T>(string code, FieldDefinition field, string? text, string message)
        where T : struct
    {
        Fail(code, field, text, message);
        return null;
    }
}
