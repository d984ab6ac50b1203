using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Validation;

public sealed record SatisfactionLine(
    LineRef At, string ContractReference, string Measure, SatisfactionMethod Method, int Respondents, double PercentPositive, double? PercentNegative);
