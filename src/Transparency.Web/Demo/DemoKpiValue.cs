namespace Transparency.Web.Demo;

/// <summary>One generated KPI figure: for the whole service (no cohort) or one cohort.</summary>
public sealed record DemoKpiValue(string? Cohort, double Actual, long? Numerator, long? Denominator);
