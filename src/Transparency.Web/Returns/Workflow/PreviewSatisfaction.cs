using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

public sealed record PreviewSatisfaction(
    string ContractReference, string ContractTitle, string Measure, SatisfactionMethod Method, int Respondents, double PercentPositive, double? PercentNegative);
