using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

public sealed record SiteContract(
    int Id, string Reference, string Title, string? Description, int CommissionerId, int ProviderId, Sector Sector,
    DateOnly StartDate, DateOnly EndDate, long? TotalValuePence, PaymentModel PaymentModel, double? OutcomePaymentSharePercent,
    string? Ocid, string? NoticeUrl)
{
    public bool IsActiveIn(Quarter quarter) => StartDate <= quarter.EndDate && EndDate >= quarter.StartDate;
}
