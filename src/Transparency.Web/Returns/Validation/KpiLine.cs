using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Validation;

public sealed record KpiLine(
    LineRef At, string ContractReference, string KpiCode, string? Cohort, string? AreaCode, double Actual,
    long? Numerator, long? Denominator, KpiRating? Rating, string? Commentary);
