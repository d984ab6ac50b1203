using Transparency.Web.Domain;

namespace Transparency.Web.Insights;

/// <summary>The quarters, inclusive, whose published funding and subcontracts a money-based insight adds up.</summary>
public readonly record struct InsightsPeriod(int FromCode, int ToCode)
{
    /// <summary>Every quarter the portal can hold.</summary>
    public static InsightsPeriod All { get; } = new(new Quarter(Quarter.MinYear, 1).Code, new Quarter(Quarter.MaxYear, 4).Code);

    public static InsightsPeriod Of(Quarter quarter) => new(quarter.Code, quarter.Code);

    public static InsightsPeriod Between(Quarter from, Quarter to) => new(from.Code, to.Code);

    /// <summary>The four quarters of the financial year that starts in April of <paramref name="startYear"/>.</summary>
    public static InsightsPeriod FinancialYear(int startYear) => Between(new Quarter(startYear, 1), new Quarter(startYear, 4));
}
