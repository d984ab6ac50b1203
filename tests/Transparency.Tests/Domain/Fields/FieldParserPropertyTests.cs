using System.Globalization;
using System.Text;
using CsCheck;
using Transparency.Web.Domain.Fields;

namespace Transparency.Tests.Domain.Fields;

/// <summary>The shared field parsers on generated input: they never throw, and every accepted form reads back exactly.</summary>
public sealed class FieldParserPropertyTests
{
    private static readonly Gen<DateOnly> Dates = Gen.Int[new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2099, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    [Fact]
    public void SpreadsheetDate_AnyText_ParsesOrSaysWhy() =>
        Gen.String.Sample(text =>
        {
            var ok = SpreadsheetDate.TryParse(text, out var date, out var problem);
            return ok ? problem is null && date.Year is >= 2000 and <= 2099 : !string.IsNullOrEmpty(problem);
        }, iter: 20_000);

    [Fact]
    public void SpreadsheetDate_EveryAcceptedWayOfWritingADate_ReadsBackAsThatDate() =>
        Dates.Sample(date =>
        {
            string[] forms =
            [
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                date.ToString("d/M/yyyy", CultureInfo.InvariantCulture),
                date.ToString("d/M/yy", CultureInfo.InvariantCulture),
                date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) + " 00:00",
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
                (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture),
            ];
            return forms.All(f => SpreadsheetDate.TryParse(f, out var read, out _) && read == date);
        }, iter: 5_000);

    [Fact]
    public void SpreadsheetDate_MonthFirstDates_AreRefusedNotGuessed() =>
        Dates.Where(d => d.Day > 12).Sample(date =>
            !SpreadsheetDate.TryParse(date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), out _, out var problem)
            && problem!.Contains("month first", StringComparison.Ordinal), iter: 2_000);

    [Fact]
    public void CleanText_AnyText_IsRefusedWithAPlaceOrStoredAsNfcWithoutControls() =>
        Gen.Select(Gen.String, Gen.Bool, Gen.Bool).Sample((text, multiline, isName) =>
        {
            var clean = CleanText.Check(text, multiline, isName, out var problem);
            if (clean is null)
            {
                return problem is not null && problem.Contains("at character", StringComparison.Ordinal);
            }

            return clean.IsNormalized(NormalizationForm.FormC)
                && !clean.Any(c => CleanText.IsControl(c) && !(multiline && c is '\t' or '\n' or '\r'))
                && !(isName && clean.Any(CleanText.IsBidiControl));
        }, iter: 20_000);

    [Fact]
    public void CleanText_Strip_AlwaysGivesTextThatChecksClean() =>
        Gen.String.Sample(text => CleanText.Check(CleanText.Strip(text), multiline: true, isName: true, out _) is not null, iter: 20_000);

    [Fact]
    public void NearestName_OneTypoAway_FindsTheName() =>
        Gen.Select(Gen.OneOf("quarter", "amount", "contract_reference", "payment_type", "respondents", "percent_positive"), Gen.Int[0, 100])
            .Sample((name, at) =>
            {
                var i = at % name.Length;
                var typo = name.Remove(i, 1);
                return NearestName.Find(typo, ["quarter", "amount", "contract_reference", "payment_type", "date_received", "description", "respondents", "percent_positive"]) == name;
            }, iter: 2_000);
}
