namespace Transparency.Web.Administration.Registry;

/// <summary>A contract as typed in the form or a row of contracts.csv; every value is text until checked.</summary>
public sealed class ContractRow
{
    public static readonly IReadOnlyList<RegistryColumn<ContractRow>> Columns =
    [
        new("reference", nameof(Reference), r => r.Reference, (r, v) => r.Reference = v, Required: true),
        new("title", nameof(Title), r => r.Title, (r, v) => r.Title = v, Required: true),
        new("commissioner", nameof(Commissioner), r => r.Commissioner, (r, v) => r.Commissioner = v, Required: true),
        new("provider", nameof(Provider), r => r.Provider, (r, v) => r.Provider = v, Required: true),
        new("sector", nameof(Sector), r => r.Sector, (r, v) => r.Sector = v, Required: true),
        new("start_date", nameof(StartDate), r => r.StartDate, (r, v) => r.StartDate = v, Required: true),
        new("end_date", nameof(EndDate), r => r.EndDate, (r, v) => r.EndDate = v, Required: true),
        new("total_value", nameof(TotalValue), r => r.TotalValue, (r, v) => r.TotalValue = v),
        new("payment_model", nameof(PaymentModel), r => r.PaymentModel, (r, v) => r.PaymentModel = v, Required: true),
        new("outcome_payment_share", nameof(OutcomePaymentShare), r => r.OutcomePaymentShare, (r, v) => r.OutcomePaymentShare = v),
        new("description", nameof(Description), r => r.Description, (r, v) => r.Description = v),
        new("ocid", nameof(Ocid), r => r.Ocid, (r, v) => r.Ocid = v),
        new("notice_url", nameof(NoticeUrl), r => r.NoticeUrl, (r, v) => r.NoticeUrl = v),
        new("areas", nameof(Areas), r => r.Areas, (r, v) => r.Areas = v),
    ];

    public string? Reference { get; set; }

    public string? Title { get; set; }

    /// <summary>The commissioner's organisation identifier.</summary>
    public string? Commissioner { get; set; }

    /// <summary>The provider's organisation identifier.</summary>
    public string? Provider { get; set; }

    public string? Sector { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    /// <summary>Pounds, such as 1250000.00; empty when not known.</summary>
    public string? TotalValue { get; set; }

    public string? PaymentModel { get; set; }

    public string? OutcomePaymentShare { get; set; }

    public string? Description { get; set; }

    public string? Ocid { get; set; }

    public string? NoticeUrl { get; set; }

    /// <summary>ONS GSS codes separated by semicolons, such as E12000001;E12000002.</summary>
    public string? Areas { get; set; }
}
