namespace Transparency.Web.Domain;

public enum PaymentModel
{
    Block,
    FeeForService,
    PaymentByResults,
    Grant,
}
