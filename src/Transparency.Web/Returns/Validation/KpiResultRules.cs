using System.Globalization;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Standard;

namespace Transparency.Web.Returns.Validation;

/// <summary>Checks a KPI result against its definition: percentages in range, counts consistent, the rating plausible.</summary>
public sealed class KpiResultRules(ReportBuilder report)
{
    /// <summary>False when the result has an error (reported); a disagreeing rating is only a warning.</summary>
    public bool Check(KpiLine line, KpiInfo kpi)
    {
        var ok = true;
        var at = line.At;
        if (kpi.Unit == KpiUnit.Percentage && line.Actual is < 0 or > 100)
        {
            ok = Error(RuleCodes.PercentageRange, at, FieldNames.Actual, Show(line.Actual),
                $"Enter the actual for KPI '{kpi.Code}' as a number from 0 to 100 in {at.Where}: the KPI is a percentage.");
        }

        if (line.Numerator is null != line.Denominator is null)
        {
            ok = Error(RuleCodes.CountsIncomplete, at, line.Numerator is null ? FieldNames.Numerator : FieldNames.Denominator, null,
                $"Give both the numerator and the denominator in {at.Where}, or neither.");
        }
        else if (line.Denominator is { } denominator)
        {
            if (denominator <= 0)
            {
                ok = Error(RuleCodes.DenominatorNotPositive, at, FieldNames.Denominator, Show(denominator),
                    $"Enter a denominator of 1 or more in {at.Where}. If there was nobody to count, leave the numerator and denominator empty.");
            }
            else if (line.Numerator > denominator)
            {
                ok = Error(RuleCodes.NumeratorExceedsDenominator, at, FieldNames.Numerator, Show(line.Numerator.Value),
                    $"The numerator ({Show(line.Numerator.Value)}) in {at.Where} is more than the denominator ({Show(denominator)}). Check both counts: the numerator counts those who met the measure, out of the denominator.");
            }
        }

        if (ok && line.Rating is { } given and not KpiRating.Other)
        {
            var derived = KpiRatings.Derive(line.Actual, kpi.Target, kpi.Direction);
            if (derived != given)
            {
                var direction = kpi.Direction == KpiDirection.HigherIsBetter ? "higher is better" : "lower is better";
                report.Warning(RuleCodes.RatingDisagrees,
                    $"The rating '{StandardCodes.Of(given)}' in {at.Where} does not match the result: an actual of {Show(line.Actual)} against a target of {Show(kpi.Target)} ({direction}) is '{StandardCodes.Of(derived)}'. Check the actual and the rating: the rating you give is the one published.",
                    at.Place, at.Row, FieldNames.Rating, StandardCodes.Of(given));
            }
        }

        return ok;
    }

    private static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private bool Error(string code, LineRef at, string column, string? value, string message)
    {
        report.Error(code, message, at.Place, at.Row, column, value);
        return false;
    }
}
