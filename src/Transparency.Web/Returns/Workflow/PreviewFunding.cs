using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

public sealed record PreviewFunding(string ContractReference, string ContractTitle, PaymentType PaymentType, long AmountPence, string? Description);
