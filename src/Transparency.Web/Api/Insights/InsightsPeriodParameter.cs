using Transparency.Web.Domain;
using Transparency.Web.Insights;

namespace Transparency.Web.Api.Insights;

/// <summary>Reads the period parameter of the money-based insight functions: a quarter, a financial year or "all".</summary>
public static class InsightsPeriodParameter
{
    public const string Description =
        "The quarters to add up: one quarter such as '2025-26 Q2', one financial year such as '2025-26', or 'all' for every published quarter.";

    public static bool TryParse(string? text, out InsightsPeriod period, out string error)
    {
        var value = text?.Trim() ?? string.Empty;
        period = InsightsPeriod.All;
        error = string.Empty;
        if (value.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Quarter.TryParse(value, out var quarter))
        {
            period = InsightsPeriod.Of(quarter);
            return true;
        }

        if (Quarter.TryParse(value + " Q1", out var first))
        {
            period = InsightsPeriod.FinancialYear(first.FinancialYearStart);
            return true;
        }

        error = $"'{value}' is not a period. Enter a quarter such as '2025-26 Q2', a financial year such as '2025-26', or 'all'.";
        return false;
    }
}
