using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Validation;

public sealed record FundingLine(LineRef At, string ContractReference, PaymentType PaymentType, long AmountPence, DateOnly? DateReceived, string? Description);
