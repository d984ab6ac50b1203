namespace Transparency.Web.Domain;

public enum PaymentType
{
    Fee,
    OutcomePayment,
    Grant,
    ServiceCreditDeduction,
}
