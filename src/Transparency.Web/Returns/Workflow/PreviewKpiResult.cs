using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

/// <summary>A KPI result as it would be published; <see cref="RatingDerived"/> when the portal rated it because the provider did not.</summary>
public sealed record PreviewKpiResult(
    string ContractReference, string ContractTitle, string KpiCode, string KpiName, string? Cohort, string? AreaCode,
    double Actual, long? Numerator, long? Denominator, KpiRating Rating, bool RatingDerived, string? Commentary);
